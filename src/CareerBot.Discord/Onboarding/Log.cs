using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Onboarding;

internal static partial class Log
{
    [LoggerMessage(EventId = 2450, Level = LogLevel.Information, Message = "Welcomed a new member of guild {GuildId} in channel {ChannelId}")]
    public static partial void Welcomed(ILogger logger, string guildId, string channelId);

    [LoggerMessage(EventId = 2451, Level = LogLevel.Debug, Message = "Ignored a repeated member join in guild {GuildId}")]
    public static partial void RepeatedJoin(ILogger logger, string guildId);

    [LoggerMessage(EventId = 2452, Level = LogLevel.Warning, Message = "Guild {GuildId} has no system channel and Discord:WelcomeChannelId is not one of its channels; nobody was welcomed")]
    public static partial void NoWelcomeChannel(ILogger logger, string guildId);

    [LoggerMessage(EventId = 2453, Level = LogLevel.Warning, Message = "Cannot post the welcome in channel {ChannelId} (Discord code {Code}): give the bot Send Messages and Embed Links there")]
    public static partial void CannotWelcome(ILogger logger, string channelId, int? code);
}
