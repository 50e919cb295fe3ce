using Microsoft.Extensions.Logging;

namespace CareerBot.Adapters.Hosting;

internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Critical, Message = "{WhatToFix}; CareerBot stops now")]
    public static partial void Stopping(ILogger logger, string whatToFix);
}
