namespace CareerBot.Discord.Onboarding;

/// <summary>
/// The parts of GUILD_CREATE / GUILD_UPDATE / GUILD_DELETE the welcome needs; <see cref="Channels"/> only
/// comes with GUILD_CREATE.
/// </summary>
internal sealed record GuildEvent(string? Id, string? SystemChannelId, bool? Unavailable, IReadOnlyList<GuildChannel>? Channels);
