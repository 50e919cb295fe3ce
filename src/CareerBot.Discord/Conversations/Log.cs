using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Conversations;

internal static partial class Log
{
    [LoggerMessage(EventId = 2400, Level = LogLevel.Debug, Message = "Answering a {Kind} in channel {ChannelId}")]
    public static partial void Answering(ILogger logger, string kind, string channelId);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "Cannot post in channel {ChannelId} (Discord code {Code}): give the bot Send Messages and Embed Links there")]
    public static partial void CannotPost(ILogger logger, string channelId, int? code);
}
