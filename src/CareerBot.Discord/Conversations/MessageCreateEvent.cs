using CareerBot.Discord.Serialization;

namespace CareerBot.Discord.Conversations;

/// <summary>MESSAGE_CREATE: <see cref="GuildId"/> is absent in DMs. Types 0 (default) and 19 (reply) are people talking.</summary>
internal sealed record MessageCreateEvent(
    string? Id,
    string? ChannelId,
    string? GuildId,
    DiscordUser? Author,
    string? Content,
    IReadOnlyList<DiscordUser>? Mentions,
    int Type,
    string? WebhookId);
