using System.Text.Json;
using CareerBot.Adapters.Memory;
using CareerBot.Core.Onboarding;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Diagnostics;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Rendering;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Onboarding;

/// <summary>
/// GUILD_MEMBER_ADD (only with <see cref="DiscordOptions.Welcomes"/>): greets the newcomer once with the shared
/// onboarding text, in the configured welcome channel when it belongs to that guild, else the system channel,
/// pinging that user and nobody else.
/// </summary>
internal sealed class GuildMemberAddHandler(
    IWelcomeMessages welcomes,
    ReplyRenderer renderer,
    DiscordRestClient rest,
    GuildDirectory guilds,
    IExpiringKeySet seen,
    DiscordTuning tuning,
    DiscordMetrics metrics,
    IOptions<DiscordOptions> options,
    ILogger<GuildMemberAddHandler> logger) : IDispatchHandler
{
    public IReadOnlyCollection<string> Events { get; } = ["GUILD_MEMBER_ADD"];

    public DispatchLane Lane => DispatchLane.Shared;

    public async Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        if (!options.Value.Welcomes
            || dispatch.Data.Deserialize(DiscordJsonContext.Default.GuildMemberAddEvent) is not { GuildId: { } guildId, User: { Id: { } userId } user }
            || user.Bot == true)
        {
            return;
        }

        // Discord may send GUILD_MEMBER_ADD more than once for a member: the first one within the window wins.
        if (!seen.TryClaim(new ExpiringKey($"discord:welcome:{guildId}:{userId}", tuning.WelcomeDedupeWindow)))
        {
            Log.RepeatedJoin(logger, guildId);
            return;
        }

        if (WelcomeChannel(guildId) is not { } channelId)
        {
            Log.NoWelcomeChannel(logger, guildId);
            return;
        }

        var message = renderer.Render(welcomes.BuildWelcome(), ReplyPresentation.Welcome(userId));
        try
        {
            await rest.CreateMessageAsync(channelId, message, cancellationToken);
            Log.Welcomed(logger, guildId, channelId);
            metrics.Message("welcome");
        }
        catch (DiscordRestException ex) when (ex.Code is 50001 or 50013)
        {
            Log.CannotWelcome(logger, channelId, ex.Code);
        }
    }

    private string? WelcomeChannel(string guildId)
    {
        var configured = options.Value.WelcomeChannelId?.Trim();
        return !string.IsNullOrEmpty(configured) && guilds.HasChannel(guildId, configured)
            ? configured
            : guilds.SystemChannel(guildId);
    }
}
