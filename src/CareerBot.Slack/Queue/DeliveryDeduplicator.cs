using CareerBot.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Queue;

/// <summary>
/// Remembers recent deliveries so that HTTP retries, Socket Mode replays and Slack's re-sends with a new event id
/// are handled once. A delivery is new only if none of its keys was seen within their lifetime.
/// </summary>
internal sealed class DeliveryDeduplicator(TimeProvider timeProvider, IOptions<SlackOptions> options)
{
    private const int MaxEntries = 200_000;
    private const int PruneEvery = 1024;
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _claimsSincePrune;

    /// <summary>True when this delivery is new (and is now remembered); false for a duplicate.</summary>
    public bool TryClaim(params ReadOnlySpan<DeliveryKey> keys)
    {
        var now = timeProvider.GetUtcNow();
        var window = options.Value.DeduplicationWindow;
        lock (_gate)
        {
            var seen = false;
            foreach (var key in keys)
            {
                seen |= _expiries.TryGetValue(key.Value, out var expiry) && expiry > now;
            }

            foreach (var key in keys)
            {
                var expiry = now + (key.Lifetime ?? window);
                if (!_expiries.TryGetValue(key.Value, out var existing) || existing < expiry)
                {
                    _expiries[key.Value] = expiry;
                }
            }

            if (++_claimsSincePrune >= PruneEvery || _expiries.Count > MaxEntries)
            {
                Prune(now);
            }

            return !seen;
        }
    }

    /// <summary>Forgets a delivery that could not be queued, so Slack's retry of it is handled.</summary>
    public void Release(params ReadOnlySpan<DeliveryKey> keys)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _expiries.Remove(key.Value);
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        _claimsSincePrune = 0;
        foreach (var expired in _expiries.Where(pair => pair.Value <= now).Select(pair => pair.Key).ToList())
        {
            _expiries.Remove(expired);
        }

        if (_expiries.Count > MaxEntries)
        {
            foreach (var oldest in _expiries.OrderBy(pair => pair.Value).Take(_expiries.Count - MaxEntries).Select(pair => pair.Key).ToList())
            {
                _expiries.Remove(oldest);
            }
        }
    }
}
