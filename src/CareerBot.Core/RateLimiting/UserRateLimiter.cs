using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.RateLimiting;

/// <summary>
/// Token buckets per user and platform with bounded memory: at most <see cref="RateLimitOptions.MaxTrackedUsers"/>
/// buckets; when full, buckets that have refilled completely are forgotten (no behaviour change), then the
/// longest-idle one. One notice per user per minute; the refusals after it are silent.
/// </summary>
internal sealed class UserRateLimiter : IRateLimitStore, IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Dictionary<(string Platform, string User), UserBucket> _buckets = [];
    private readonly Lock _gate = new();
    private readonly RateLimitOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _tokenPeriod;

    public UserRateLimiter(IOptions<RateLimitOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _timeProvider = timeProvider;
        _tokenPeriod = Window / _options.PerUserPerMinute;
    }

    /// <summary>How many buckets are held (for tests of the memory bound).</summary>
    public int TrackedUsers
    {
        get
        {
            lock (_gate)
            {
                return _buckets.Count;
            }
        }
    }

    public RateLimitDecision Decide(string platform, string userId)
    {
        var now = _timeProvider.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            if (!_buckets.TryGetValue((platform, userId), out var bucket))
            {
                MakeRoom(now);
                bucket = new UserBucket(new TimeProviderTokenBucket(_options.PerUserPerMinute, _tokenPeriod, _timeProvider), now);
                _buckets.Add((platform, userId), bucket);
            }

            bucket.LastSeen = now;
            using var lease = bucket.Limiter.AttemptAcquire();
            if (lease.IsAcquired)
            {
                return new RateLimitDecision(RateLimitOutcome.Allowed, TimeSpan.Zero);
            }

            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _tokenPeriod;
            return new RateLimitDecision(bucket.TakeNotice(now, Window) ? RateLimitOutcome.Notice : RateLimitOutcome.Suppressed, retryAfter);
        }
    }

    public ValueTask<RateLimitDecision> TakeAsync(string platform, string userId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Decide(platform, userId));

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var bucket in _buckets.Values)
            {
                bucket.Dispose();
            }

            _buckets.Clear();
        }
    }

    private void MakeRoom(long now)
    {
        if (_buckets.Count < _options.MaxTrackedUsers)
        {
            return;
        }

        foreach (var (key, idle) in _buckets.Where(pair => pair.Value.Limiter.IdleDuration is not null).ToList())
        {
            idle.Dispose();
            _buckets.Remove(key);
        }

        if (_buckets.Count >= _options.MaxTrackedUsers)
        {
            var oldest = _buckets.MinBy(pair => pair.Value.LastSeen);
            oldest.Value.Dispose();
            _buckets.Remove(oldest.Key);
        }
    }
}
