namespace CareerBot.Hosting;

/// <summary>The host's log records (event ids 9000-9099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning,
        Message = "No chat platform is configured (set Slack__BotToken or Discord__BotToken, see appsettings.Example.json): serving /healthz and /readyz only")]
    public static partial void NoPlatformConfigured(ILogger logger);
}
