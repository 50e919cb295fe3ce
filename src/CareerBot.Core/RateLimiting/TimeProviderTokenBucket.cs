using System.Threading.RateLimiting;

namespace CareerBot.Core.RateLimiting;

/// <summary>
/// A token bucket <see cref="RateLimiter"/> on an injected <see cref="TimeProvider"/>: <c>limit</c> tokens, one
/// more every <c>tokenPeriod</c>, refused leases carry <see cref="MetadataName.RetryAfter"/>. It exists because
/// <see cref="TokenBucketRateLimiter"/> reads <c>Stopwatch</c> directly (even its manual <c>TryReplenish</c> is
/// throttled by real time), so a fake clock cannot drive it. No queue: a question over the limit is refused, not delayed.
/// </summary>
internal sealed class TimeProviderTokenBucket : RateLimiter
{
    private readonly Lock _gate = new();
    private readonly int _limit;
    private readonly long _tokenPeriodTicks;
    private readonly TimeProvider _timeProvider;
    private int _tokens;
    private long _lastRefill;
    private long _successful;
    private long _failed;

    public TimeProviderTokenBucket(int limit, TimeSpan tokenPeriod, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(tokenPeriod, TimeSpan.Zero);
        _limit = limit;
        _tokens = limit;
        _tokenPeriodTicks = tokenPeriod.Ticks;
        _timeProvider = timeProvider;
        _lastRefill = Now;
    }

    /// <summary>How long the bucket has been full (forgetting it then changes nothing), or null while it is not.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = Now;
                Refill(now);
                return _tokens == _limit ? TimeSpan.FromTicks(Math.Max(0, now - _lastRefill)) : null;
            }
        }
    }

    private long Now => _timeProvider.GetUtcNow().UtcTicks;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Refill(Now);
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _tokens,
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _limit);
        lock (_gate)
        {
            var now = Now;
            Refill(now);
            if (_tokens >= permitCount)
            {
                _tokens -= permitCount;
                _successful++;
                return TokenBucketLease.Granted;
            }

            _failed++;
            var missing = permitCount - _tokens;
            return TokenBucketLease.Refused(TimeSpan.FromTicks(_lastRefill + (missing * _tokenPeriodTicks) - now));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private void Refill(long now)
    {
        var periods = (now - _lastRefill) / _tokenPeriodTicks;
        if (periods <= 0)
        {
            return;
        }

        if (_tokens + periods >= _limit)
        {
            // Full: time spent full earns nothing, so the next token is one period after it is next taken.
            _tokens = _limit;
            _lastRefill = now;
            return;
        }

        _tokens += (int)periods;
        _lastRefill += periods * _tokenPeriodTicks;
    }
}
