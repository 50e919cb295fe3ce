using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Adapters.Hosting;

/// <summary>
/// Stops the host when an adapter cannot recover (a rejected token, disallowed intents): one critical line that
/// says what to fix, exit code <see cref="ExitCode"/>, and no reconnect loop. Only the first stop counts. Outside a
/// host (the CLI) it only logs and sets the exit code.
/// </summary>
public sealed class FatalStop(IServiceProvider services, ILogger<FatalStop> logger)
{
    /// <summary>EX_CONFIG from sysexits.h: a configuration problem a person has to fix.</summary>
    public const int ExitCode = 78;

    private int _stopped;

    /// <summary>True once an adapter has stopped the host.</summary>
    public bool IsStopped => Volatile.Read(ref _stopped) == 1;

    /// <summary>Sets the process exit code; tests replace it so the test host's own exit code is untouched.</summary>
    public Action<int> SetExitCode { get; set; } = static code => Environment.ExitCode = code;

    /// <param name="whatToFix">What happened and which setting (and environment variable) to fix; never a secret.</param>
    public void Stop(string whatToFix)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        Log.Stopping(logger, whatToFix);
        SetExitCode(ExitCode);
        services.GetService<IHostApplicationLifetime>()?.StopApplication();
    }
}
