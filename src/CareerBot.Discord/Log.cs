using Microsoft.Extensions.Logging;

namespace CareerBot.Discord;

internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Critical, Message = "Discord adapter stopped: {WhatToFix}")]
    public static partial void AdapterStopped(ILogger logger, string whatToFix);
}
