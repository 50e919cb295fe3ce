using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Hosting;

/// <summary>
/// Stops the host when Slack refuses a token: retrying cannot help, so the process ends with a message that names
/// the setting to fix and a non-zero exit code instead of looping.
/// </summary>
internal sealed class SlackFatalStop(IHostApplicationLifetime lifetime, ILogger<SlackFatalStop> logger)
{
    /// <summary>EX_CONFIG from sysexits.h: a configuration error.</summary>
    public const int ExitCode = 78;

    private int _stopped;

    public void Stop(string setting, string method, string error)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        Log.TokenRejected(logger, setting, method, error, setting.Replace(":", "__", StringComparison.Ordinal));
        Environment.ExitCode = ExitCode;
        lifetime.StopApplication();
    }
}
