using System.ComponentModel.DataAnnotations;

namespace CareerBot.Core.RateLimiting;

/// <summary>
/// Per-user question limits (section <c>RateLimit</c>): <c>RateLimit__PerUserPerMinute</c>,
/// <c>RateLimit__MaxTrackedUsers</c>, <c>RateLimit__Terminal</c>.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Questions one user may ask on one platform per minute; a burst of this many is allowed, then one every 60/N seconds.</summary>
    [Range(1, 100_000, ErrorMessage = "RateLimit:PerUserPerMinute (RateLimit__PerUserPerMinute) must be between 1 and 100000.")]
    public int PerUserPerMinute { get; set; } = 20;

    /// <summary>How many users' buckets are remembered at most; the longest-idle ones are forgotten first.</summary>
    [Range(16, 10_000_000, ErrorMessage = "RateLimit:MaxTrackedUsers (RateLimit__MaxTrackedUsers) must be between 16 and 10000000.")]
    public int MaxTrackedUsers { get; set; } = 10_000;

    /// <summary>Whether the terminal chat is limited too (off: the terminal has one user, the operator).</summary>
    public bool Terminal { get; set; }
}
