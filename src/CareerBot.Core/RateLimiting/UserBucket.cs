namespace CareerBot.Core.RateLimiting;

/// <summary>One user's bucket on one platform and when that user last got the rate-limit notice.</summary>
internal sealed class UserBucket(TimeProviderTokenBucket limiter, long now) : IDisposable
{
    private long? _noticeAt;

    public TimeProviderTokenBucket Limiter { get; } = limiter;

    /// <summary>When the user last asked (UTC ticks): the longest-idle bucket is forgotten first.</summary>
    public long LastSeen { get; set; } = now;

    /// <summary>True at most once per <paramref name="window"/>: whether this refusal gets the notice.</summary>
    public bool TakeNotice(long now, TimeSpan window)
    {
        if (_noticeAt is { } sent && now - sent < window.Ticks)
        {
            return false;
        }

        _noticeAt = now;
        return true;
    }

    public void Dispose() => Limiter.Dispose();
}
