using CareerBot.Discord.Serialization;

namespace CareerBot.Discord.Interactions;

internal sealed record GuildMember(DiscordUser? User);
