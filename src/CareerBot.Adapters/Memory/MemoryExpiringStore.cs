namespace CareerBot.Adapters.Memory;

/// <summary>
/// The in-process <see cref="IExpiringKeySet"/> and <see cref="IExpiringValueStore"/>: one bounded map from key to
/// expiry, on <see cref="TimeProvider"/>. One prune policy: expired entries are dropped every
/// <see cref="PruneEvery"/> writes, and past the capacity the entries closest to expiry are forgotten first, down to
/// 90% of it (so the sort is paid once per tenth of the capacity, not on every write at the cap).
/// </summary>
public sealed class MemoryExpiringStore : IExpiringKeySet, IExpiringValueStore
{
    /// <summary>Most entries kept: Slack's deliveries, Discord's welcomes and follow-ups together.</summary>
    public const int DefaultCapacity = 250_000;

    /// <summary>Writes between two sweeps of expired entries.</summary>
    public const int PruneEvery = 1024;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly int _capacity;
    private int _writesSincePrune;

    public MemoryExpiringStore(TimeProvider timeProvider)
        : this(timeProvider, DefaultCapacity)
    {
    }

    /// <param name="timeProvider">The clock.</param>
    /// <param name="capacity">Most entries kept (tests use a small one).</param>
    public MemoryExpiringStore(TimeProvider timeProvider, int capacity)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 10);
        _timeProvider = timeProvider;
        _capacity = capacity;
    }

    /// <summary>How many entries are kept now (expired ones included until the next prune).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryClaim(params ReadOnlySpan<ExpiringKey> keys)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            var seen = false;
            foreach (var key in keys)
            {
                seen |= _entries.TryGetValue(key.Value, out var entry) && entry.ExpiresAt > now;
            }

            foreach (var key in keys)
            {
                var expiresAt = now + key.Lifetime;
                if (!_entries.TryGetValue(key.Value, out var existing) || existing.ExpiresAt < expiresAt)
                {
                    _entries[key.Value] = new Entry(null, expiresAt);
                }
            }

            AfterWrite(now);
            return !seen;
        }
    }

    public void Release(params ReadOnlySpan<string> keys)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _entries.Remove(key);
            }
        }
    }

    public void Set(string key, string value, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            _entries[key] = new Entry(value, now + lifetime);
            AfterWrite(now);
        }
    }

    public string? Find(string key)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            return _entries.TryGetValue(key, out var entry) && entry.ExpiresAt > now ? entry.Value : null;
        }
    }

    private void AfterWrite(DateTimeOffset now)
    {
        if (++_writesSincePrune < PruneEvery && _entries.Count <= _capacity)
        {
            return;
        }

        _writesSincePrune = 0;
        foreach (var expired in _entries.Where(pair => pair.Value.ExpiresAt <= now).Select(pair => pair.Key).ToList())
        {
            _entries.Remove(expired);
        }

        if (_entries.Count > _capacity)
        {
            var keep = _capacity - (_capacity / 10);
            foreach (var soonest in _entries.OrderBy(pair => pair.Value.ExpiresAt).Take(_entries.Count - keep).Select(pair => pair.Key).ToList())
            {
                _entries.Remove(soonest);
            }
        }
    }

    private readonly record struct Entry(string? Value, DateTimeOffset ExpiresAt);
}
