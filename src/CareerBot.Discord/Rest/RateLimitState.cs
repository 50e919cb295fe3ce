using System.Collections.Concurrent;

namespace CareerBot.Discord.Rest;

/// <summary>
/// The rate-limit picture shared by all handler chains: which bucket a route belongs to
/// (<c>X-RateLimit-Bucket</c>), each bucket's state per top-level resource, and the global block after a global 429.
/// </summary>
internal sealed class RateLimitState
{
    private readonly ConcurrentDictionary<string, string> bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new(StringComparer.Ordinal);
    private long globalResetTicks;

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

    public RateLimitBucket BucketFor(DiscordRoute route)
    {
        var key = bucketOfRoute.TryGetValue(route.Key, out var hash) ? $"{hash} {route.MajorParameter}" : route.Key;
        return buckets.GetOrAdd(key, static _ => new RateLimitBucket());
    }

    /// <summary>Records the route's shared bucket; later requests on the route use the bucket's state.</summary>
    public RateLimitBucket Learn(DiscordRoute route, string bucketHash, RateLimitBucket current)
    {
        if (bucketOfRoute.TryGetValue(route.Key, out var known) && known == bucketHash)
        {
            return current;
        }

        bucketOfRoute[route.Key] = bucketHash;
        return buckets.GetOrAdd($"{bucketHash} {route.MajorParameter}", static _ => new RateLimitBucket());
    }
}
