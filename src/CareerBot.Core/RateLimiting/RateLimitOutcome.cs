namespace CareerBot.Core.RateLimiting;

/// <summary>What happens to a question under the per-user limit.</summary>
public enum RateLimitOutcome
{
    /// <summary>Answered.</summary>
    Allowed,

    /// <summary>Over the limit: this refusal gets the friendly notice (one per user per minute).</summary>
    Notice,

    /// <summary>Over the limit and already told: nothing is sent.</summary>
    Suppressed,
}
