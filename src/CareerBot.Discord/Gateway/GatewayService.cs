using CareerBot.Adapters.Resilience;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// Runs the gateway: the configured shard, or every shard in this process (the configured count, else the
/// count <c>GET /gateway/bot</c> recommends). It only receives; the handlers run in <see cref="DispatchProcessor"/>.
/// </summary>
internal sealed class GatewayService(GatewayContext context, IOptions<DiscordOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.GatewayEnabled)
        {
            Log.GatewayOff(context.Logger);
            return;
        }

        if (await FirstInfoAsync(stoppingToken) is not { } info)
        {
            return;
        }

        if (ShardOutOfRange(options.Value, info) is { } whatToFix)
        {
            context.FatalStop.Stop(whatToFix);
            return;
        }

        var shards = Plan(options.Value, info);
        Log.Starting(context.Logger, shards.Count, shards[0].Count, (int)context.Frames.Intents);
        await Task.WhenAll(shards.Select(shard => new GatewayShard(context, shard).RunAsync(stoppingToken)));
    }

    /// <summary>With <c>ShardCount=auto</c>, a <c>ShardId</c> past the recommended count: what to fix; else null.</summary>
    internal static string? ShardOutOfRange(DiscordOptions options, GatewayBotInfo info) =>
        options.ShardId is { } only && options.ShardCount is null && only >= Math.Max(1, info.Shards)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Discord:ShardId ({only}) is not below the {Math.Max(1, info.Shards)} shard(s) GET /gateway/bot recommends (Discord__ShardCount=auto): run fewer gateway processes, or set Discord__ShardCount to the number you run")
            : null;

    internal static List<GatewayShardInfo> Plan(DiscordOptions options, GatewayBotInfo info)
    {
        var count = options.ShardCount ?? Math.Max(1, info.Shards);
        return options.ShardId is { } only
            ? [new GatewayShardInfo(only, count)]
            : Enumerable.Range(0, count).Select(id => new GatewayShardInfo(id, count)).ToList();
    }

    /// <summary><c>GET /gateway/bot</c> until it answers; null when stopping or the token was rejected.</summary>
    private async Task<GatewayBotInfo?> FirstInfoAsync(CancellationToken stoppingToken)
    {
        var backoff = new ReconnectBackoff(context.Tuning.ReconnectBaseDelay, context.Tuning.ReconnectMaxDelay, context.TimeProvider, context.Tuning.Random);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                return await context.Info.GetAsync(refresh: false, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return null;
            }
            catch (BotTokenRejectedException)
            {
                return null;
            }
            catch (Exception ex) when (ex is HttpRequestException or DiscordRestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
            {
                var delay = backoff.Next();
                Log.GatewayInfoFailed(context.Logger, ex.Message, delay.TotalMilliseconds);
                if (!await backoff.WaitAsync(delay, stoppingToken))
                {
                    return null;
                }
            }
        }

        return null;
    }
}
