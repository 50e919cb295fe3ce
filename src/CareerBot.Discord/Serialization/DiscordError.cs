namespace CareerBot.Discord.Serialization;

/// <summary>An error body: <c>{code, message}</c>, and on 429 <c>{retry_after (seconds), global}</c>.</summary>
internal sealed record DiscordError(int? Code, string? Message, double? RetryAfter, bool? Global);
