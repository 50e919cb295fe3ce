using System.Diagnostics;

namespace CareerBot.Tests.TestSupport;

/// <summary>Runs the built <c>careerbot</c> as a user would, from a folder without a ./knowledge of its own.</summary>
internal static class CareerBotProcess
{
    public static string BinaryFolder => AppContext.BaseDirectory;

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(
        IEnumerable<string> args,
        string? input = null,
        IDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        using var process = Process.Start(StartInfo(args, environment, workingDirectory))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        // A guard against a hung process, not a time limit on the command: on the shared 2-core machine under a
        // load of 30-40, starting the runtime and loading the knowledge took longer than the 60 s this used to be, and
        // evaluating the shipped questions with the model longer than 5 minutes.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>How the binary is started: by the dotnet host, without a developer's own platform settings, on a store of its own unless the test names one.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(BinaryFolder, "careerbot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A developer's own settings must not leak into the tests.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Slack__", StringComparison.Ordinal) || k.StartsWith("Discord__", StringComparison.Ordinal) || k.StartsWith("Knowledge__", StringComparison.Ordinal)).ToArray())
        {
            start.Environment.Remove(key);
        }

        // Each run records into a store of its own unless the test names one: parallel runs never wait on each other's lock.
        start.Environment["Store__Path"] = Path.Combine(StoreIsolation.Folder, Guid.NewGuid().ToString("N"), "careerbot.db");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
