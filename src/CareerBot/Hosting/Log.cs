namespace CareerBot.Hosting;

/// <summary>The host's log records (event ids 9000-9099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning,
        Message = "No chat platform is configured (set Slack__BotToken or Discord__BotToken, see appsettings.Example.json): serving /healthz and /readyz only")]
    public static partial void NoPlatformConfigured(ILogger logger);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Stopping: not ready any more; new work stops in {DrainSeconds} s, in-flight work is finished")]
    public static partial void Draining(ILogger logger, double drainSeconds);
}
