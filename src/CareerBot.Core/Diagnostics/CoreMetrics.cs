using System.Diagnostics.Metrics;

namespace CareerBot.Core.Diagnostics;

/// <summary>
/// The engine's instruments (meter <c>CareerBot.Core</c>): questions by platform, intent and answered, the answer
/// latency in seconds, rate-limited questions, knowledge reloads. Tags carry kinds only, never user data.
/// </summary>
internal sealed class CoreMetrics
{
    public const string MeterName = "CareerBot.Core";

    /// <summary>Bucket boundaries (seconds) for the answer latency: answers normally take well under a millisecond.</summary>
    public static readonly IReadOnlyList<double> LatencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

    private readonly Counter<long> _questions;
    private readonly Histogram<double> _latency;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _reloads;

    public CoreMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _questions = meter.CreateCounter<long>("careerbot.questions", "{question}", "Questions answered, by platform, intent (or rate_limited) and answered (true/false).");
        _latency = meter.CreateHistogram(
            "careerbot.answer.duration",
            "s",
            "Time the engine took to answer a question, by platform and intent.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _rateLimited = meter.CreateCounter<long>("careerbot.ratelimit.refused", "{question}", "Questions refused by the per-user limit, by platform and outcome (notice, suppressed).");
        _reloads = meter.CreateCounter<long>("careerbot.knowledge.reloads", "{reload}", "Knowledge reloads after a change of the folder, by outcome (success, failure).");
    }

    public void Question(string platform, string intent, bool answered, TimeSpan elapsed)
    {
        _questions.Add(1, new("platform", platform), new("intent", intent), new("answered", answered ? "true" : "false"));
        _latency.Record(elapsed.TotalSeconds, new("platform", platform), new("intent", intent));
    }

    public void RateLimited(string platform, string outcome) => _rateLimited.Add(1, new("platform", platform), new("outcome", outcome));

    public void Reload(bool success) => _reloads.Add(1, new KeyValuePair<string, object?>("outcome", success ? "success" : "failure"));
}
