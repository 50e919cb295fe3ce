namespace CareerBot.Core.RateLimiting;

/// <summary>What the limiter decided for one question.</summary>
/// <param name="Outcome">Allowed, the window's one notice, or silence.</param>
/// <param name="RetryAfter">How long until the user may ask again (zero when allowed).</param>
public readonly record struct RateLimitDecision(RateLimitOutcome Outcome, TimeSpan RetryAfter);
