using CareerBot.Adapters.Resilience;
using CareerBot.Core.Health;
using CareerBot.Discord.Rest;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// One shard's life: connect, and after each connection ends, Resume on <c>resume_gateway_url</c> while the
/// session lives or Identify afresh (within the Identify budget), waiting a capped, jittered backoff after
/// failures. A fatal close stops the host through <see cref="Adapters.Hosting.FatalStop"/> and never loops.
/// </summary>
internal sealed class GatewayShard(GatewayContext context, GatewayShardInfo shard)
{
    public GatewaySession Session { get; } = new();

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var backoff = new ReconnectBackoff(context.Tuning.ReconnectBaseDelay, context.Tuning.ReconnectMaxDelay, context.TimeProvider, context.Tuning.Random);
        var refreshInfo = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            ConnectionOutcome outcome;
            try
            {
                outcome = await ConnectOnceAsync(refreshInfo, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (BotTokenRejectedException)
            {
                return; // The REST guard has stopped the host with the reason.
            }
            catch (Exception ex) when (ex is HttpRequestException or DiscordRestException or TimeoutException)
            {
                outcome = new ConnectionOutcome(ReconnectAction.Resume, $"GET /gateway/bot failed ({ex.Message})", ConnectFailed: true);
            }

            context.Connections.Lost(ConnectionStates.DiscordShard(shard.Id), outcome.Reason);

            switch (outcome.Action)
            {
                case ReconnectAction.Stop:
                    return;
                case ReconnectAction.Fatal:
                    context.FatalStop.Stop(outcome.Reason);
                    return;
                case ReconnectAction.Identify:
                    Session.Reset();
                    break;
            }

            refreshInfo = outcome.ConnectFailed;
            // None right after a healthy connection, else the shared backoff (unless Discord said how long).
            if (outcome.Healthy)
            {
                backoff.Reset();
            }

            var next = outcome.Healthy ? TimeSpan.Zero : backoff.Next();
            var delay = outcome.Delay ?? next;
            var handshake = Session.CanResume ? "resume" : "identify";
            Log.Reconnecting(context.Logger, shard.Id, outcome.Reason, handshake, delay.TotalMilliseconds);
            context.Metrics.Reconnect(handshake);
            if (!await backoff.WaitAsync(delay, stoppingToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<ConnectionOutcome> ConnectOnceAsync(bool refreshInfo, CancellationToken stoppingToken)
    {
        var connection = new GatewayConnection(context, shard, Session);
        if (Session.CanResume)
        {
            return await connection.RunAsync(GatewayUrls.WithVersion(Session.ResumeUrl!), resume: true, stoppingToken).ConfigureAwait(false);
        }

        Session.Reset();
        var info = await context.Info.GetAsync(refreshInfo, stoppingToken).ConfigureAwait(false);
        await context.IdentifyGate.WaitAsync(shard.Id, stoppingToken).ConfigureAwait(false);
        return await connection.RunAsync(context.Info.ConnectUrl(info), resume: false, stoppingToken).ConfigureAwait(false);
    }
}
