using System.Diagnostics;

namespace CareerBot.Tests.TestSupport;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by <c>.ci/run</c>; a <see cref="ChromiumFactAttribute"/> test
/// skips without it) run headless on a local file: the DOM after its scripts ran, or a screenshot. No network:
/// background networking is off and the page may load nothing.
/// </summary>
internal static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    public static async Task<string> DumpDomAsync(string file)
    {
        Assert.True(File.Exists(Path), $"{Path} is missing: install Debian's chromium package (apt-get install chromium), as .ci/run does");
        using var profile = new TempFolder();
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.Root, "--virtual-time-budget=5000",
            "--dump-dom", new Uri(file).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {await error}");
        return await output;
    }
}
