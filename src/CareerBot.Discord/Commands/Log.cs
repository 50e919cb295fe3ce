using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Commands;

internal static partial class Log
{
    [LoggerMessage(EventId = 2500, Level = LogLevel.Information, Message = "Slash commands ({Scope}) already up to date; nothing sent")]
    public static partial void CommandsUnchanged(ILogger logger, string scope);

    [LoggerMessage(EventId = 2501, Level = LogLevel.Information, Message = "Slash commands ({Scope}) overwritten: {Changed} changed")]
    public static partial void CommandsRegistered(ILogger logger, string scope, int changed);
}
