using Microsoft.Extensions.Logging;

namespace CareerBot.Adapters.Digest;

internal static partial class Log
{
    // Platforms, times and exception types only: never a channel's content, a question or a token.
    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, EventName = "DigestScheduled", Message = "Weekly digest for {Platforms} is due at {Due:O}")]
    public static partial void Scheduled(ILogger logger, string platforms, DateTimeOffset due);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, EventName = "DigestPosted", Message = "Weekly digest of {Due:O} posted to {Platform}")]
    public static partial void Posted(ILogger logger, string platform, DateTimeOffset due);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning, EventName = "DigestNotPosted", Message = "Weekly digest of {Due:O} could not be posted to {Platform} ({Error}); it is posted again at the next occurrence")]
    public static partial void PostFailed(ILogger logger, string platform, DateTimeOffset due, string error);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Debug, EventName = "DigestClaimedElsewhere", Message = "Weekly digest of {Due:O} for {Platform} is posted by another replica")]
    public static partial void ClaimedElsewhere(ILogger logger, string platform, DateTimeOffset due);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Debug, EventName = "DigestOff", Message = "No Report:DigestChannel is set: no weekly digest is scheduled")]
    public static partial void NotScheduled(ILogger logger);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Warning, EventName = "DigestNeverDue", Message = "Report:DigestCron '{Cron}' never fires after {After:O}: no weekly digest is scheduled")]
    public static partial void NeverDue(ILogger logger, string cron, DateTimeOffset after);
}
