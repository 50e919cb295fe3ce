namespace CareerBot.Discord.Onboarding;

/// <summary>A channel in GUILD_CREATE's list, or a CHANNEL_CREATE / CHANNEL_DELETE event.</summary>
internal sealed record GuildChannel(string? Id, string? GuildId);
