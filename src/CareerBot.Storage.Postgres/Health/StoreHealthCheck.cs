using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Storage.Postgres.Health;

/// <summary>
/// The shared store on <c>/readyz</c>: healthy while it answers, degraded while this replica works from local memory
/// (answers still go out, so the replica stays in the load balancer; the body says the dedupe is local only and
/// nothing is recorded).
/// </summary>
internal sealed class StoreHealthCheck(StoreAvailability availability) : IHealthCheck
{
    public const string Name = "store";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var since = availability.OutSince;
        return Task.FromResult(since is null
            ? HealthCheckResult.Healthy("PostgreSQL store answering")
            : HealthCheckResult.Degraded($"PostgreSQL store out since {since.Value:O} ({availability.Reason}): deduplication, rate limits and conversations are local to this replica, and questions and votes are not recorded, until it returns"));
    }
}
