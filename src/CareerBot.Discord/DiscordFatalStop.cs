using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord;

/// <summary>
/// Stops the host when the adapter cannot recover (bad token, disallowed intents): a critical log line that
/// says what to fix, a non-zero exit code, and no reconnect loop. Outside a host (the CLI) it only logs.
/// </summary>
internal sealed class DiscordFatalStop(IServiceProvider services, ILogger<DiscordFatalStop> logger)
{
    public const int ExitCode = 78; // EX_CONFIG: a configuration problem a person has to fix.

    private int stopped;

    /// <summary>Sets the process exit code; tests replace it so the test host's own exit code is untouched.</summary>
    internal Action<int> SetExitCode { get; set; } = static code => Environment.ExitCode = code;

    public void Stop(string whatToFix)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        Log.AdapterStopped(logger, whatToFix);
        SetExitCode(ExitCode);
        services.GetService<IHostApplicationLifetime>()?.StopApplication();
    }

}
