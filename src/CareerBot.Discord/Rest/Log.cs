using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Rest;

internal static partial class Log
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Warning, Message = "Discord rate limit hit on {Route} (global: {Global}); waiting {RetryAfterMs} ms before retrying")]
    public static partial void RateLimited(ILogger logger, string route, bool global, double retryAfterMs);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Debug, Message = "Waiting {WaitMs} ms for the global rate limit before {Route}")]
    public static partial void WaitingForGlobalLimit(ILogger logger, string route, double waitMs);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Debug, Message = "Waiting {WaitMs} ms for the rate-limit bucket of {Route}")]
    public static partial void WaitingForBucket(ILogger logger, string route, double waitMs);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Warning, Message = "Discord answered {Route} with {Status} (code {Code}): {DiscordMessage}")]
    public static partial void RequestFailed(ILogger logger, string route, int status, int? code, string? discordMessage);
}
