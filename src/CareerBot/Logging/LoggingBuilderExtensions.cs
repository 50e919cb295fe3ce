using Microsoft.Extensions.Logging.Console;

namespace CareerBot.Logging;

internal static class LoggingBuilderExtensions
{
    /// <summary>
    /// Console logging with the one-line <see cref="CareerBotConsoleFormatter"/> unless <c>Logging:Console:FormatterName</c>
    /// names another (<c>json</c>, <c>simple</c>, <c>systemd</c>), to stderr for the terminal commands.
    /// </summary>
    public static ILoggingBuilder AddCareerBotConsole(this ILoggingBuilder logging, bool toStandardError = false)
    {
        logging.ClearProviders();
        logging.AddConsole(options =>
        {
            // Runs after the "Logging:Console" settings are bound: a formatter chosen there
            // (Logging__Console__FormatterName=json, as deploy/ sets) must win, so ours is only the default.
            options.FormatterName ??= CareerBotConsoleFormatter.FormatterName;
            if (toStandardError)
            {
                options.LogToStandardErrorThreshold = LogLevel.Trace;
            }
        });
        logging.AddConsoleFormatter<CareerBotConsoleFormatter, ConsoleFormatterOptions>();
        return logging;
    }
}
