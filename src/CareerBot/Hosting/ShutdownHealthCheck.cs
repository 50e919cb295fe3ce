using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Hosting;

/// <summary>Not ready once the host is stopping: load balancers stop sending new work before the server closes.</summary>
internal sealed class ShutdownHealthCheck(ShutdownGate gate) : IHealthCheck
{
    public const string Name = "shutdown";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(gate.IsStopping
            ? HealthCheckResult.Unhealthy("shutting down")
            : HealthCheckResult.Healthy("running"));
}
