using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Commands;

internal static partial class Log
{
    [LoggerMessage(EventId = 3211, Level = LogLevel.Debug, Message = "Slack {Command} in {ChannelId}")]
    public static partial void SlashCommand(ILogger logger, string command, string channelId);

    [LoggerMessage(EventId = 3212, Level = LogLevel.Information, Message = "Slack {Command} took longer than the budget: the answer goes to the response_url")]
    public static partial void SlashCommandDeferred(ILogger logger, string command);
}
