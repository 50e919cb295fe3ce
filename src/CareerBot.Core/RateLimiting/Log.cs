using Microsoft.Extensions.Logging;

namespace CareerBot.Core.RateLimiting;

internal static partial class Log
{
    // Who was limited is deliberately not logged: the user id is personal data. One line per notice, not per refusal.
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "A {Platform} user went over {PerMinute} questions a minute and got the rate-limit notice")]
    public static partial void Limited(ILogger logger, string platform, int perMinute);
}
