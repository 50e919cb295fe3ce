using Microsoft.Extensions.Logging.Console;

namespace CareerBot.Logging;

internal static class LoggingBuilderExtensions
{
    /// <summary>Console logging with the one-line <see cref="CareerBotConsoleFormatter"/>, to stderr for the terminal commands.</summary>
    public static ILoggingBuilder AddCareerBotConsole(this ILoggingBuilder logging, bool toStandardError = false)
    {
        logging.ClearProviders();
        logging.AddConsole(options =>
        {
            options.FormatterName = CareerBotConsoleFormatter.FormatterName;
            if (toStandardError)
            {
                options.LogToStandardErrorThreshold = LogLevel.Trace;
            }
        });
        logging.AddConsoleFormatter<CareerBotConsoleFormatter, ConsoleFormatterOptions>();
        return logging;
    }
}
