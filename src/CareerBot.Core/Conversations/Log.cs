using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Conversations;

internal static partial class Log
{
    // No question text and no conversation id: both are user content.
    [LoggerMessage(EventId = 1120, Level = LogLevel.Debug, Message = "A {Platform} question lacked a subject and followed the conversation's previous {Command} question")]
    public static partial void FollowUp(ILogger logger, string platform, string command);
}
