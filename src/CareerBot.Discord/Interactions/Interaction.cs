using System.Text.Json.Serialization;
using CareerBot.Discord.Serialization;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// An interaction, parsed tolerantly (the docs' own examples omit fields). The user is in
/// <see cref="Member"/> in guilds and in <see cref="User"/> in DMs.
/// </summary>
internal sealed record Interaction(
    string? Id,
    string? ApplicationId,
    int Type,
    InteractionData? Data,
    string? GuildId,
    string? ChannelId,
    GuildMember? Member,
    DiscordUser? User,
    string? Token)
{
    [JsonIgnore]
    public string? UserId => Member?.User?.Id ?? User?.Id;
}
