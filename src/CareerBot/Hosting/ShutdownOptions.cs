using System.ComponentModel.DataAnnotations;

namespace CareerBot.Hosting;

/// <summary>Graceful shutdown (section <c>Shutdown</c>): <c>Shutdown__DrainDelay</c>, <c>Shutdown__Timeout</c>.</summary>
internal sealed class ShutdownOptions
{
    public const string SectionName = "Shutdown";

    /// <summary>
    /// How long <c>/readyz</c> answers 503 before the server stops taking requests, so a load balancer or Kubernetes
    /// notices first (e.g. 5 s behind a Service). Zero outside an orchestrator.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Shutdown:DrainDelay (Shutdown__DrainDelay) must be between 00:00:00 and 00:05:00.")]
    public TimeSpan DrainDelay { get; set; } = TimeSpan.Zero;

    /// <summary>How long in-flight requests and queued answers may take to finish once stopping has begun.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Shutdown:Timeout (Shutdown__Timeout) must be between 00:00:01 and 00:10:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
