using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Events;

internal static partial class Log
{
    [LoggerMessage(EventId = 3311, Level = LogLevel.Information, Message = "Greeted {UserId} in {ChannelId}")]
    public static partial void Greeted(ILogger logger, string userId, string channelId);

    [LoggerMessage(EventId = 3312, Level = LogLevel.Warning, Message = "Could not look up {UserId} before greeting ({Error}); greeting anyway")]
    public static partial void UserLookupFailed(ILogger logger, string userId, string error);
}
