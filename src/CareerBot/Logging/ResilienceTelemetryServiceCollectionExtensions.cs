using Polly.Telemetry;

namespace CareerBot.Logging;

internal static class ResilienceTelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Polly reports every failed HTTP attempt twice (an "ExecutionAttempt" and an "OnRetry" event). Keep the retry
    /// at Warning (one line per retry) and the per-attempt record at Debug; the caller reports the final failure.
    /// </summary>
    public static IServiceCollection AddQuietResilienceTelemetry(this IServiceCollection services) =>
        services.Configure<TelemetryOptions>(options => options.SeverityProvider = arguments =>
            arguments.Event.EventName == "ExecutionAttempt" ? ResilienceEventSeverity.Debug : arguments.Event.Severity);
}
