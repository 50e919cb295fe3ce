using CareerBot.Core.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Hosting;

/// <summary>
/// The knowledge is loaded and indexed (a failed hot reload keeps the old snapshot, so this stays healthy). While the
/// embedding model still loads the bot already answers lexically: ready, and the description says so.
/// </summary>
internal sealed class KnowledgeHealthCheck(IKnowledgeReadiness knowledge) : IHealthCheck
{
    public const string Name = "knowledge";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledge.IsReady
            ? HealthCheckResult.Healthy(knowledge.IsSemanticReady ? "index loaded" : "index loaded; lexical search while the embedding model loads")
            : HealthCheckResult.Unhealthy("knowledge not loaded yet"));
}
