namespace CareerBot.Hosting;

internal static partial class Log
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "Stopping: not ready any more; new work stops in {DrainSeconds} s, in-flight work is finished")]
    public static partial void Draining(ILogger logger, double drainSeconds);
}
