using CareerBot.Core.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Hosting;

/// <summary>The knowledge is loaded and indexed (a failed hot reload keeps the old snapshot, so this stays healthy).</summary>
internal sealed class KnowledgeHealthCheck(IKnowledgeReadiness knowledge) : IHealthCheck
{
    public const string Name = "knowledge";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledge.IsReady
            ? HealthCheckResult.Healthy("index loaded")
            : HealthCheckResult.Unhealthy("knowledge not loaded yet"));
}
