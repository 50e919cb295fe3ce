using CareerBot.Adapters.Resilience;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Hosting;

/// <summary>
/// Asks <c>GET /gateway/bot</c> once before anything starts (the REST client retries it, one Warning line each), so
/// a Discord that cannot be reached at start-up stops start-up with one message saying what to check, as the
/// Slack adapter's <c>auth.test</c> does, instead of a gateway that retries forever. Once started, outages are
/// retried with backoff. The answer is cached for the gateway. A rejected token has already stopped the host
/// through <see cref="BotTokenGuard"/>, so it is not reported twice.
/// </summary>
internal sealed class DiscordStartupService(GatewayInfoProvider info, IOptions<DiscordOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.GatewayEnabled)
        {
            return;
        }

        try
        {
            await info.GetAsync(refresh: false, cancellationToken);
        }
        catch (BotTokenRejectedException)
        {
            // Already reported and stopping (exit code 78).
        }
        catch (Exception ex) when (ex is HttpRequestException or DiscordRestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new OptionsValidationException(DiscordOptions.SectionName, typeof(DiscordOptions),
            [
                $"Could not reach the Discord API to start the gateway (GET /gateway/bot: {NetworkFailure.Kind(ex) ?? ex.Message}): "
                + $"check the network and Discord:ApiBaseUrl (now {options.Value.ApiBaseUrl}; Discord's is https://discord.com/api/v10/).",
            ]);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
