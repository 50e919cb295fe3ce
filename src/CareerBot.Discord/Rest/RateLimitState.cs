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

    private readonly ConcurrentDictionary<string, string> bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new(StringComparer.Ordinal);
    private long globalResetTicks;
    private int nextSweepAt = SweepThreshold;

    public DateTimeOffset GlobalResetAt
    {
        get => new(Interlocked.Read(ref globalResetTicks), TimeSpan.Zero);
        set
        {
            var ticks = value.UtcTicks;
            long current;
            do
            {
                current = Interlocked.Read(ref globalResetTicks);
                if (ticks <= current)
                {
                    return;
                }
            }
            while (Interlocked.CompareExchange(ref globalResetTicks, ticks, current) != current);
        }
    }

    /// <summary>Buckets currently remembered.</summary>
    internal int BucketCount => buckets.Count;

    /// <summary>Routes whose shared bucket is known: one per method and template.</summary>
    internal int RouteCount => bucketOfRoute.Count;

    public RateLimitBucket BucketFor(DiscordRoute route)
    {
        SweepIfLarge();
        var key = bucketOfRoute.TryGetValue(RouteOf(route), out var hash) ? $"{hash} {route.MajorParameter}" : route.Key;
        return buckets.GetOrAdd(key, static _ => new RateLimitBucket());
    }

    /// <summary>Records the route's shared bucket; later requests on the route use the bucket's state.</summary>
    public RateLimitBucket Learn(DiscordRoute route, string bucketHash, RateLimitBucket current)
    {
        var routeKey = RouteOf(route);
        if (bucketOfRoute.TryGetValue(routeKey, out var known) && known == bucketHash)
        {
            return current;
        }

        bucketOfRoute[routeKey] = bucketHash;
        return buckets.GetOrAdd($"{bucketHash} {route.MajorParameter}", static _ => new RateLimitBucket());
    }

    /// <summary>Discord shares a bucket per route template, whatever the ids and tokens in the path.</summary>
    private static string RouteOf(DiscordRoute route) => $"{route.Method.Method} {route.Template}";

    private void SweepIfLarge()
    {
        var count = buckets.Count;
        var threshold = Volatile.Read(ref nextSweepAt);
        if (count < threshold || Interlocked.CompareExchange(ref nextSweepAt, int.MaxValue, threshold) != threshold)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        foreach (var (key, bucket) in buckets)
        {
            // An idle bucket past its reset knows nothing a fresh one would not; a request that raced to it
            // and lost it just starts a fresh one.
            if (bucket.ResetAt <= now && bucket.Gate.CurrentCount == 1)
            {
                buckets.TryRemove(new KeyValuePair<string, RateLimitBucket>(key, bucket));
            }
        }

        Volatile.Write(ref nextSweepAt, Math.Max(SweepThreshold, buckets.Count * 2));
    }
}
