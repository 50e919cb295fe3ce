using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Tests.TestSupport;

/// <summary>
/// A real <c>careerbot serve</c> process on a loopback port it picks itself (<c>--urls http://127.0.0.1:0</c>; the
/// address is read from its "Now listening on" line). Stopped with SIGTERM, as a container runtime stops it, so it
/// drains what it took; killed if it is still running when disposed.
/// </summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    /// <summary>A guard against a hung process, not a time limit: a loaded 2-core machine can take minutes to start three.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Task _reading;

    private ServeProcess(IDictionary<string, string> environment)
    {
        var start = CareerBotProcess.StartInfo(["serve", "--urls", "http://127.0.0.1:0"], environment);
        _process = Process.Start(start)!;
        _process.StandardInput.Close();
        _reading = Task.WhenAll(ReadAsync(_process.StandardOutput), ReadAsync(_process.StandardError));
    }

    /// <summary>Everything the process wrote to its standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public HttpClient Client { get; private set; } = null!;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the process; returns once it listens (its address is known), not once it is ready.</summary>
    public static async Task<ServeProcess> StartAsync(IDictionary<string, string> environment)
    {
        var serve = new ServeProcess(environment);
        try
        {
            using var guard = new CancellationTokenSource(Guard);
            while (!ListeningOn().IsMatch(serve.Output))
            {
                Assert.False(serve._process.HasExited, "careerbot serve exited before listening:\n" + serve.Output);
                await Task.Delay(50, guard.Token);
            }

            serve.Client = new HttpClient { BaseAddress = new Uri(ListeningOn().Match(serve.Output).Groups[1].Value) };
            return serve;
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until <c>/readyz</c> answers 200: the store migrated, the knowledge loaded, the platforms connected.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var guard = new CancellationTokenSource(Guard);
        while (true)
        {
            Assert.False(_process.HasExited, "careerbot serve exited:\n" + Output);
            using var ready = await Client.GetAsync(new Uri("/readyz", UriKind.Relative), guard.Token);
            if (ready.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(50, guard.Token);
        }
    }

    /// <summary>SIGTERM, then waits for the exit: a graceful stop answers what was taken before it ends.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            using var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await signal.WaitForExitAsync();
        }

        using var guard = new CancellationTokenSource(Guard);
        await _process.WaitForExitAsync(guard.Token);
        await _reading;
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _reading;
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();

    private async Task ReadAsync(StreamReader reader)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (_output)
            {
                _output.Append(buffer, 0, read);
            }
        }
    }
}
