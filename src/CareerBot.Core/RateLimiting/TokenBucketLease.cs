using System.Threading.RateLimiting;

namespace CareerBot.Core.RateLimiting;

/// <summary>A lease of <see cref="TimeProviderTokenBucket"/>: granted, or refused with the time until a token is due.</summary>
internal sealed class TokenBucketLease : RateLimitLease
{
    private static readonly string[] RetryAfterOnly = [MetadataName.RetryAfter.Name];

    private readonly TimeSpan? _retryAfter;

    private TokenBucketLease(bool acquired, TimeSpan? retryAfter)
    {
        IsAcquired = acquired;
        _retryAfter = retryAfter;
    }

    public static TokenBucketLease Granted { get; } = new(true, null);

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : RetryAfterOnly;

    public static TokenBucketLease Refused(TimeSpan retryAfter) => new(false, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = retryAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}
