using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Gateway;

public sealed class GatewayServiceTests
{
    private const int IdentifyWaitingEvent = 2110;

    [Fact]
    public async Task Shards_NoCountConfigured_RunsTheRecommendedCount_OneIdentifyPerWindow()
    {
        var time = new FakeTimeProvider();
        await using var h = await GatewayHarness.StartAsync(
            tuning: new() { IdentifyWindow = TimeSpan.FromSeconds(5), Random = new FixedRandom(0.5) },
            timeProvider: time,
            arrange: api => api.RecommendedShards = 2);

        var first = await h.Gateway.NextConnectionAsync();
        await h.Host.Logs.WaitForEventAsync(IdentifyWaitingEvent);
        var secondTooEarly = !await h.Gateway.NoConnectionWithinAsync(TimeSpan.FromMilliseconds(300));
        time.Advance(TimeSpan.FromSeconds(5));
        var second = await h.Gateway.NextConnectionAsync();

        Assert.False(secondTooEarly, "max_concurrency 1 allows one Identify per 5 s");
        var shards = new List<int[]>();
        foreach (var peer in new[] { first, second })
        {
            await peer.HelloAsync(45_000);
            var identify = await peer.ReceiveOpAsync(2);
            shards.Add(identify.GetProperty("d").GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()).ToArray());
        }

        Assert.Equal([[0, 2], [1, 2]], shards.OrderBy(s => s[0]));
    }

    [Fact]
    public async Task Shards_ConfiguredShard_RunsOnlyThatShard()
    {
        await using var h = await GatewayHarness.StartAsync(s =>
        {
            s["Discord:ShardId"] = "1";
            s["Discord:ShardCount"] = "3";
        });

        var (_, identify) = await h.ConnectReadyAsync();

        Assert.Equal([1, 3], identify.GetProperty("d").GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.True(await h.Gateway.NoConnectionWithinAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task GatewayUrl_Configured_OverridesTheAddressDiscordReturns()
    {
        await using var api = await FakeDiscordApi.StartAsync();
        await using var gateway = await FakeGateway.StartAsync();
        api.GatewayUrl = new Uri("ws://127.0.0.1:9/");
        var settings = DiscordTestHost.Settings(api);
        settings["Discord:GatewayUrl"] = gateway.Url.ToString();
        await using var host = await DiscordTestHost.StartAsync(settings);

        var peer = await gateway.NextConnectionAsync();
        await peer.HelloAsync(45_000);

        Assert.Equal(2, (await peer.ReceiveOpAsync(2)).GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task IdentifyBudget_UsedUp_WaitsForTheResetBeforeIdentifying()
    {
        var time = new FakeTimeProvider();
        await using var h = await GatewayHarness.StartAsync(
            timeProvider: time,
            arrange: api => api.SessionStartLimitJson = """{"total":1000,"remaining":0,"reset_after":60000,"max_concurrency":1}""");
        await h.Host.Logs.WaitForEventAsync(IdentifyWaitingEvent);

        Assert.True(await h.Gateway.NoConnectionWithinAsync(TimeSpan.FromMilliseconds(300)), "identified with no session starts left");
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.True(await h.Gateway.NoConnectionWithinAsync(TimeSpan.FromMilliseconds(200)), "identified before the budget reset");
        time.Advance(TimeSpan.FromSeconds(1));
        var peer = await h.Gateway.NextConnectionAsync();
        await peer.HelloAsync(45_000);

        Assert.Equal(2, (await peer.ReceiveOpAsync(2)).GetProperty("op").GetInt32());
    }
}
