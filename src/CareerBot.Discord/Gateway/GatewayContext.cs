using CareerBot.Adapters.Hosting;
using CareerBot.Core.Health;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Gateway;

/// <summary>What every shard and connection shares: clock, timings, frames, the dispatch queue, the bot's identity.</summary>
internal sealed class GatewayContext(
    TimeProvider timeProvider,
    DiscordTuning tuning,
    GatewayFrames frames,
    DispatchQueue queue,
    BotIdentity botIdentity,
    GatewayInfoProvider info,
    IdentifyGate identifyGate,
    FatalStop fatalStop,
    DiscordMetrics metrics,
    ConnectionStates connections,
    ILogger<GatewayService> logger)
{
    public TimeProvider TimeProvider => timeProvider;

    public DiscordTuning Tuning => tuning;

    public GatewayFrames Frames => frames;

    public DispatchQueue Queue => queue;

    public BotIdentity BotIdentity => botIdentity;

    public GatewayInfoProvider Info => info;

    public IdentifyGate IdentifyGate => identifyGate;

    public FatalStop FatalStop => fatalStop;

    public DiscordMetrics Metrics => metrics;

    /// <summary>Readiness: each shard reports its session up (READY/RESUMED) and lost.</summary>
    public ConnectionStates Connections => connections;

    public ILogger Logger => logger;
}
