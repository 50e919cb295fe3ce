namespace CareerBot.Discord.Gateway;

/// <summary>The Identify budget: <paramref name="ResetAfter"/> is in milliseconds.</summary>
internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
