using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.WebApi;

internal static partial class Log
{
    [LoggerMessage(EventId = 3501, Level = LogLevel.Warning, Message = "Slack {Method} failed: {Error}")]
    public static partial void CallFailed(ILogger logger, string method, string error);
}
