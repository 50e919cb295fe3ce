using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Routing;

internal static partial class Log
{
    // The question text is deliberately not logged: it is user content.
    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Answered a {Platform} request with {Command} (answered: {Answered}) in {ElapsedMs:F3} ms")]
    public static partial void Answered(ILogger logger, string platform, string command, bool answered, double elapsedMs);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Failed to answer a {Platform} request")]
    public static partial void Failed(ILogger logger, Exception exception, string platform);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Information, Message = "Refused a {Platform} question ({Reason})")]
    public static partial void Refused(ILogger logger, string platform, string reason);
}
