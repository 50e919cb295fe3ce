namespace CareerBot.Slack.Queue;

/// <summary>A key that identifies a delivery (event id, channel and ts, ...) and how long it is remembered.</summary>
/// <param name="Value">The key.</param>
/// <param name="Lifetime">How long to remember it; null for the configured deduplication window.</param>
internal readonly record struct DeliveryKey(string Value, TimeSpan? Lifetime = null);
