using System.Collections.Concurrent;

namespace CareerBot.Discord.Rest;

/// <summary>
/// The rate-limit picture shared by all handler chains: which bucket a route belongs to
/// (<c>X-RateLimit-Bucket</c>), each bucket's state per top-level resource, and the global block after a global 429.
/// Interaction and webhook routes have a bucket per interaction token, so buckets whose limits have reset and
/// that nobody is using are evicted once there are more than <see cref="SweepThreshold"/>: memory stays bounded
/// by the traffic of the last few seconds, not by every interaction ever answered.
/// </summary>
internal sealed class RateLimitState(TimeProvider timeProvider)
{
    internal const int SweepThreshold = 1024;

    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private long _globalResetTicks;
    private int _nextSweepAt = SweepThreshold;

    public DateTimeOffset GlobalResetAt
    {
        get => new(Interlocked.Read(ref _globalResetTicks), TimeSpan.Zero);
        set
        {
            var ticks = value.UtcTicks;
            long current;
            do
            {
                current = Interlocked.Read(ref _globalResetTicks);
                if (ticks <= current)
                {
                    return;
                }
            }
            while (Interlocked.CompareExchange(ref _globalResetTicks, ticks, current) != current);
        }
    }

    /// <summary>Buckets currently remembered.</summary>
    internal int BucketCount => _buckets.Count;

    /// <summary>Routes whose shared bucket is known: one per method and template.</summary>
    internal int RouteCount => _bucketOfRoute.Count;

    public RateLimitBucket BucketFor(DiscordRoute route)
    {
        SweepIfLarge();
        var key = _bucketOfRoute.TryGetValue(RouteOf(route), out var hash) ? $"{hash} {route.MajorParameter}" : route.Key;
        return _buckets.GetOrAdd(key, static _ => new RateLimitBucket());
    }

    /// <summary>Records the route's shared bucket; later requests on the route use the bucket's state.</summary>
    public RateLimitBucket Learn(DiscordRoute route, string bucketHash, RateLimitBucket current)
    {
        var routeKey = RouteOf(route);
        if (_bucketOfRoute.TryGetValue(routeKey, out var known) && known == bucketHash)
        {
            return current;
        }

        _bucketOfRoute[routeKey] = bucketHash;
        return _buckets.GetOrAdd($"{bucketHash} {route.MajorParameter}", static _ => new RateLimitBucket());
    }

    /// <summary>Discord shares a bucket per route template, whatever the ids and tokens in the path.</summary>
    private static string RouteOf(DiscordRoute route) => $"{route.Method.Method} {route.Template}";

    private void SweepIfLarge()
    {
        var count = _buckets.Count;
        var threshold = Volatile.Read(ref _nextSweepAt);
        if (count < threshold || Interlocked.CompareExchange(ref _nextSweepAt, int.MaxValue, threshold) != threshold)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        foreach (var (key, bucket) in _buckets)
        {
            // An idle bucket past its reset knows nothing a fresh one would not; a request that raced to it
            // and lost it just starts a fresh one.
            if (bucket.ResetAt <= now && bucket.Gate.CurrentCount == 1)
            {
                _buckets.TryRemove(new KeyValuePair<string, RateLimitBucket>(key, bucket));
            }
        }

        Volatile.Write(ref _nextSweepAt, Math.Max(SweepThreshold, _buckets.Count * 2));
    }
}
