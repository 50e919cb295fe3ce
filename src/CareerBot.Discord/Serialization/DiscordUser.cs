namespace CareerBot.Discord.Serialization;

internal sealed record DiscordUser(string? Id, string? Username = null, bool? Bot = null);
