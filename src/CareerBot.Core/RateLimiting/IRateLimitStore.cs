namespace CareerBot.Core.RateLimiting;

/// <summary>
/// Where the per-user token buckets live: in this process (<see cref="UserRateLimiter"/>, the default) or in a
/// store shared by several replicas, so a user's limit is one limit however many replicas answer them.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>
    /// Takes one question from the user's bucket on the platform: allowed, the window's one notice, or silence,
    /// with the time until the user may ask again.
    /// </summary>
    ValueTask<RateLimitDecision> TakeAsync(string platform, string userId, CancellationToken cancellationToken);
}
