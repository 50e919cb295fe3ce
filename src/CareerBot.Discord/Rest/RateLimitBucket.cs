namespace CareerBot.Discord.Rest;

/// <summary>One rate-limit bucket: requests in it go one at a time and wait when it is exhausted.</summary>
internal sealed class RateLimitBucket
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Requests left before <see cref="ResetAt"/>; unknown buckets start with one.</summary>
    public int Remaining { get; set; } = 1;

    public DateTimeOffset ResetAt { get; set; } = DateTimeOffset.MinValue;
}
