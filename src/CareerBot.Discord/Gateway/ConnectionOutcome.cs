namespace CareerBot.Discord.Gateway;

/// <summary>How one connection ended and what the shard does next.</summary>
/// <param name="Healthy">The connection reached READY/RESUMED and had a heartbeat acknowledged: the backoff starts over.</param>
/// <param name="ConnectFailed">The socket never got to Hello: ask <c>GET /gateway/bot</c> again before the next try.</param>
/// <param name="Delay">A wait the protocol prescribes (op 9: 1-5 s) instead of the backoff.</param>
internal sealed record ConnectionOutcome(
    ReconnectAction Action,
    string Reason,
    bool Healthy = false,
    bool ConnectFailed = false,
    TimeSpan? Delay = null);
