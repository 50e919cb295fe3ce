using System.Text.Json;
using CareerBot.Discord.Configuration;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>The fake REST API, the fake gateway and the bot host, wired together for gateway-level tests.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private GatewayHarness(FakeDiscordApi api, FakeGateway gateway, DiscordTestHost host)
    {
        Api = api;
        Gateway = gateway;
        Host = host;
    }

    public FakeDiscordApi Api { get; }

    public FakeGateway Gateway { get; }

    public DiscordTestHost Host { get; }

    public ScriptedChat Chat => Host.Chat!;

    public static async Task<GatewayHarness> StartAsync(
        Action<Dictionary<string, string?>>? configure = null,
        DiscordTuning? tuning = null,
        TimeProvider? timeProvider = null,
        Action<FakeDiscordApi>? arrange = null,
        bool realCore = false)
    {
        var api = await FakeDiscordApi.StartAsync();
        var gateway = await FakeGateway.StartAsync();
        api.GatewayUrl = gateway.Url;
        arrange?.Invoke(api);
        var settings = DiscordTestHost.Settings(api);
        configure?.Invoke(settings);
        var host = await DiscordTestHost.StartAsync(settings, tuning, timeProvider, realCore);
        return new GatewayHarness(api, gateway, host);
    }

    /// <summary>Accepts the bot's connection, says Hello, reads its Identify and answers READY (sequence 1).</summary>
    public async Task<(GatewayPeer Peer, JsonElement Identify)> ConnectReadyAsync(int heartbeatIntervalMs = 45_000)
    {
        var peer = await Gateway.NextConnectionAsync();
        await peer.HelloAsync(heartbeatIntervalMs);
        var identify = await peer.ReceiveOpAsync(2);
        await peer.ReadyAsync(1, resumeUrl: Gateway.ResumeUrl.ToString());
        return (peer, identify);
    }

    /// <summary>Sends a DM as a dispatch and waits until the bot has answered it, so everything before it was read.</summary>
    public async Task<RecordedRequest> DirectMessageAsync(GatewayPeer peer, long sequence, string text, string channelId = "500000000000000005")
    {
        await peer.DispatchAsync("MESSAGE_CREATE", sequence, Events.DirectMessage(text, channelId, $"{sequence}"));
        return await Api.WaitForAsync(r => r.Method == "POST" && r.Path == $"channels/{channelId}/messages" && r.Body.Contains(text, StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Gateway.DisposeAsync();
        await Api.DisposeAsync();
    }
}
