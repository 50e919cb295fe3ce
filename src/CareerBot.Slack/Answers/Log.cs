using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Answers;

internal static partial class Log
{
    [LoggerMessage(EventId = 3201, Level = LogLevel.Error, Message = "The answer engine failed on a Slack question")]
    public static partial void AnswerFailed(ILogger logger, Exception exception);
}
