using CareerBot.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Queue;

/// <summary>
/// Remembers recent deliveries so that HTTP retries, Socket Mode replays and Slack's re-sends with a new event id
/// are handled once. A delivery is new only if none of its keys was seen within their lifetime.
/// </summary>
internal sealed class DeliveryDeduplicator
{
    /// <summary>
    /// Most keys remembered; past it the ones closest to expiry are forgotten first, down to 90% of the cap.
    /// </summary>
    public const int DefaultCapacity = 200_000;

    private const int PruneEvery = 1024;
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly IOptions<SlackOptions> _options;
    private readonly int _capacity;
    private int _claimsSincePrune;

    public DeliveryDeduplicator(TimeProvider timeProvider, IOptions<SlackOptions> options)
        : this(timeProvider, options, DefaultCapacity)
    {
    }

    /// <param name="capacity">Most keys remembered (tests use a small one).</param>
    internal DeliveryDeduplicator(TimeProvider timeProvider, IOptions<SlackOptions> options, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 10);
        _timeProvider = timeProvider;
        _options = options;
        _capacity = capacity;
    }

    /// <summary>How many keys are remembered now.</summary>
    internal int Count
    {
        get
        {
            lock (_gate)
            {
                return _expiries.Count;
            }
        }
    }

    /// <summary>True when this delivery is new (and is now remembered); false for a duplicate.</summary>
    public bool TryClaim(params ReadOnlySpan<DeliveryKey> keys)
    {
        var now = _timeProvider.GetUtcNow();
        var window = _options.Value.DeduplicationWindow;
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

            if (++_claimsSincePrune >= PruneEvery || _expiries.Count > _capacity)
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

        if (_expiries.Count > _capacity)
        {
            // Trim to 90% of the cap, not to the cap itself: the sort is then paid once per tenth of the cap in claims
            // instead of on every claim while the cap is reached.
            var keep = _capacity - (_capacity / 10);
            foreach (var oldest in _expiries.OrderBy(pair => pair.Value).Take(_expiries.Count - keep).Select(pair => pair.Key).ToList())
            {
                _expiries.Remove(oldest);
            }
        }
    }
}
