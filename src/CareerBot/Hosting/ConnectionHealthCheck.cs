using CareerBot.Core.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Hosting;

/// <summary>
/// A platform connection (the Discord gateway's shards, Slack's Socket Mode) is up: every connection of the group
/// has reported its session ready and none has since reported it lost.
/// </summary>
internal sealed class ConnectionHealthCheck(ConnectionStates states, string group) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connections = states.Group(group);
        if (connections.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("not connected yet"));
        }

        var down = connections.Where(pair => !pair.Value.Connected).ToList();
        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy("connected")
            : HealthCheckResult.Unhealthy(string.Join("; ", down.Select(pair => $"{pair.Key}: {pair.Value.Detail}"))));
    }
}
