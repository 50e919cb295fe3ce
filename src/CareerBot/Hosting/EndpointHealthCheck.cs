using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Hosting;

/// <summary>A webhook endpoint (Slack's HTTP endpoints, Discord's interactions endpoint) takes requests: the server has started.</summary>
internal sealed class EndpointHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStarted.IsCancellationRequested
            ? HealthCheckResult.Healthy("listening")
            : HealthCheckResult.Unhealthy("server not started yet"));
}
