using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Endpoints;

internal static partial class Log
{
    [LoggerMessage(EventId = 3111, Level = LogLevel.Information, Message = "Slack retried event {EventId} (attempt {RetryNum}, reason {RetryReason})")]
    public static partial void EventRetried(ILogger logger, string? eventId, string retryNum, string retryReason);

    [LoggerMessage(EventId = 3112, Level = LogLevel.Error, Message = "The Slack endpoint {Path} failed; answered with an apology")]
    public static partial void EndpointFailed(ILogger logger, Exception exception, PathString path);

    [LoggerMessage(EventId = 3113, Level = LogLevel.Information, Message = "{Command} was sent again (same trigger_id); acknowledged without a second answer")]
    public static partial void DuplicateSlashCommand(ILogger logger, string command);
}
