namespace CareerBot.Core.RateLimiting;

internal enum RateLimitOutcome
{
    Allowed,
    Notice,
    Suppressed,
}
