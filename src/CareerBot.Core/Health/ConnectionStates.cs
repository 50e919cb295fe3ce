using System.Collections.Concurrent;

namespace CareerBot.Core.Health;

/// <summary>
/// The connection-state signal between the adapters and readiness: an adapter reports a named connection
/// (<c>discord.gateway.shard-0</c>, <c>slack.socket</c>) ready when its session is up and lost when it ends;
/// readiness checks read it. Names are grouped by prefix (<see cref="Group"/>).
/// </summary>
public sealed class ConnectionStates(TimeProvider timeProvider)
{
    public const string DiscordGateway = "discord.gateway";
    public const string SlackSocketMode = "slack.socket";

    private readonly ConcurrentDictionary<string, ConnectionState> _states = new(StringComparer.Ordinal);

    /// <summary>The name of one Discord gateway shard's connection.</summary>
    public static string DiscordShard(int shardId) => $"{DiscordGateway}.shard-{shardId}";

    public void Connected(string name) => _states[name] = new ConnectionState(true, "connected", timeProvider.GetUtcNow());

    public void Lost(string name, string reason) => _states[name] = new ConnectionState(false, reason, timeProvider.GetUtcNow());

    /// <summary>The connections whose name is <paramref name="prefix"/> or starts with it and a dot.</summary>
    public IReadOnlyDictionary<string, ConnectionState> Group(string prefix) =>
        _states.Where(pair => pair.Key == prefix || pair.Key.StartsWith(prefix + ".", StringComparison.Ordinal))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
}
