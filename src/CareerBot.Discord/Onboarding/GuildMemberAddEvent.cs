using CareerBot.Discord.Serialization;

namespace CareerBot.Discord.Onboarding;

/// <summary>GUILD_MEMBER_ADD: a member object plus the guild id.</summary>
internal sealed record GuildMemberAddEvent(string? GuildId, DiscordUser? User);
