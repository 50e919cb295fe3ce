using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Diagnostics;

internal static partial class Log
{
    // One line per question, with kinds and numbers only: never the user's id, words or any token.
    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, EventName = "Question", Message = "Question on {Platform}: {Intent}, answered {Answered}, {LatencyMs:F2} ms")]
    public static partial void Question(ILogger logger, string platform, string intent, bool answered, double latencyMs);
}
