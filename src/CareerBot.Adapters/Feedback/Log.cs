using Microsoft.Extensions.Logging;

namespace CareerBot.Adapters.Feedback;

internal static partial class Log
{
    // The platform only: never the question, the user or the hash.
    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, EventName = "QuestionNotRecorded", Message = "A {Platform} question could not be recorded; it is answered without feedback buttons")]
    public static partial void RecordFailed(ILogger logger, Exception exception, string platform);
}
