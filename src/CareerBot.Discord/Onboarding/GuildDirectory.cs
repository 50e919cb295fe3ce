using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace CareerBot.Discord.Onboarding;

/// <summary>
/// What the bot knows of each guild from GUILD_CREATE and later updates: its system channel and the ids of
/// its channels, so a configured welcome channel is only used for the guild it belongs to.
/// </summary>
internal sealed class GuildDirectory
{
    private readonly ConcurrentDictionary<string, GuildInfo> _guilds = new(StringComparer.Ordinal);

    public void Upsert(string guildId, string? systemChannelId, IEnumerable<string>? channelIds)
    {
        _guilds.AddOrUpdate(
            guildId,
            _ => new GuildInfo(systemChannelId, channelIds?.ToImmutableHashSet(StringComparer.Ordinal) ?? []),
            (_, known) => new GuildInfo(systemChannelId, channelIds?.ToImmutableHashSet(StringComparer.Ordinal) ?? known.Channels));
    }

    public void Remove(string guildId) => _guilds.TryRemove(guildId, out _);

    public void AddChannel(string guildId, string channelId) =>
        _guilds.AddOrUpdate(guildId, _ => new GuildInfo(null, [channelId]), (_, known) => known with { Channels = known.Channels.Add(channelId) });

    public void RemoveChannel(string guildId, string channelId)
    {
        if (_guilds.TryGetValue(guildId, out var known))
        {
            _guilds.TryUpdate(guildId, known with { Channels = known.Channels.Remove(channelId) }, known);
        }
    }

    public string? SystemChannel(string guildId) => _guilds.TryGetValue(guildId, out var info) ? info.SystemChannelId : null;

    public bool HasChannel(string guildId, string channelId) => _guilds.TryGetValue(guildId, out var info) && info.Channels.Contains(channelId);

    private sealed record GuildInfo(string? SystemChannelId, ImmutableHashSet<string> Channels);
}
