using System.ComponentModel.DataAnnotations;

namespace CareerBot.Hosting;

/// <summary>
/// The Prometheus endpoint (section <c>Metrics</c>): <c>Metrics__Enabled</c> (default true), <c>Metrics__Port</c> (serve
/// <c>/metrics</c> only on this extra port, so it is not public next to the webhooks).
/// </summary>
internal sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    public const string Path = "/metrics";

    public bool Enabled { get; set; } = true;

    [Range(1, 65535, ErrorMessage = "Metrics:Port (Metrics__Port) must be a TCP port between 1 and 65535.")]
    public int? Port { get; set; }
}
