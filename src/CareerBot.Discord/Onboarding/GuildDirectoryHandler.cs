using System.Text.Json;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Serialization;

namespace CareerBot.Discord.Onboarding;

/// <summary>Keeps <see cref="GuildDirectory"/> current; inline, so a join is never handled before its guild's GUILD_CREATE.</summary>
internal sealed class GuildDirectoryHandler(GuildDirectory directory) : IDispatchHandler
{
    public IReadOnlyCollection<string> Events { get; } = ["GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE", "CHANNEL_CREATE", "CHANNEL_DELETE"];

    public DispatchLane Lane => DispatchLane.Inline;

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        switch (dispatch.Type)
        {
            case "GUILD_CREATE" or "GUILD_UPDATE":
                if (dispatch.Data.Deserialize(DiscordJsonContext.Default.GuildEvent) is { Id: { } id, Unavailable: not true } guild)
                {
                    directory.Upsert(id, guild.SystemChannelId, guild.Channels?.Select(c => c.Id).OfType<string>());
                }

                break;
            case "GUILD_DELETE":
                // unavailable: true is an outage, not the bot leaving: keep what is known.
                if (dispatch.Data.Deserialize(DiscordJsonContext.Default.GuildEvent) is { Id: { } gone, Unavailable: not true })
                {
                    directory.Remove(gone);
                }

                break;
            case "CHANNEL_CREATE" or "CHANNEL_DELETE":
                if (dispatch.Data.Deserialize(DiscordJsonContext.Default.GuildChannel) is { Id: { } channelId, GuildId: { } guildId })
                {
                    if (dispatch.Type == "CHANNEL_CREATE")
                    {
                        directory.AddChannel(guildId, channelId);
                    }
                    else
                    {
                        directory.RemoveChannel(guildId, channelId);
                    }
                }

                break;
        }

        return Task.CompletedTask;
    }
}
