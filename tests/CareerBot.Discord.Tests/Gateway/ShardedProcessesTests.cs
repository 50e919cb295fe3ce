using CareerBot.Adapters.Memory;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Gateway;

/// <summary>
/// Gateway shards spread over processes (a StatefulSet: one shard per pod). Two hosts stand for two processes; the
/// turn pacer they share stands for the shared store (its PostgreSQL implementation is tested in the store's tests).
/// </summary>
public sealed class ShardedProcessesTests
{
    private const int IdentifyWaitingEvent = 2110;

    [Fact]
    public async Task TwoProcesses_OneIdentifyBucket_TakeTurnsOnePerWindow()
    {
        var time = new FakeTimeProvider();
        var pacer = new MemoryTurnPacer(time);
        await using var api = await FakeDiscordApi.StartAsync();
        await using var gateway = await FakeGateway.StartAsync();
        api.GatewayUrl = gateway.Url;
        await using var shard0 = await StartShardAsync(api, 0, "2", time, pacer);
        var first = await gateway.NextConnectionAsync();
        await using var shard1 = await StartShardAsync(api, 1, "2", time, pacer);

        await shard1.Logs.WaitForEventAsync(IdentifyWaitingEvent);
        var secondTooEarly = !await gateway.NoConnectionWithinAsync(TimeSpan.FromMilliseconds(300));
        time.Advance(TimeSpan.FromSeconds(5));
        var second = await gateway.NextConnectionAsync();

        Assert.False(secondTooEarly, "max_concurrency 1: the second process must wait for the first one's window");
        Assert.Equal([[0, 2], [1, 2]], (await ShardsAsync(first, second)).OrderBy(s => s[0]));
    }

    [Fact]
    public async Task TwoProcesses_MaxConcurrencyTwo_IdentifyInTheirOwnBucketsAtOnce()
    {
        var time = new FakeTimeProvider();
        var pacer = new MemoryTurnPacer(time);
        await using var api = await FakeDiscordApi.StartAsync();
        await using var gateway = await FakeGateway.StartAsync();
        api.GatewayUrl = gateway.Url;
        api.SessionStartLimitJson = """{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":2}""";

        await using var shard0 = await StartShardAsync(api, 0, "2", time, pacer);
        await using var shard1 = await StartShardAsync(api, 1, "2", time, pacer);
        var first = await gateway.NextConnectionAsync();
        var second = await gateway.NextConnectionAsync();

        Assert.Equal([[0, 2], [1, 2]], (await ShardsAsync(first, second)).OrderBy(s => s[0]));
    }

    [Fact]
    public async Task ShardCountAuto_WithAShardId_RunsThatShardOfTheRecommendedCount()
    {
        await using var h = await GatewayHarness.StartAsync(
            s =>
            {
                s["Discord:ShardId"] = "2";
                s["Discord:ShardCount"] = "auto";
            },
            arrange: api => api.RecommendedShards = 3);

        var (_, identify) = await h.ConnectReadyAsync();

        Assert.Equal([2, 3], identify.GetProperty("d").GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void ShardCountAuto_ShardIdPastTheRecommendedCount_SaysWhatToFix()
    {
        var info = new GatewayBotInfo("wss://gateway.example", 2, null);

        var outOfRange = GatewayService.ShardOutOfRange(new DiscordOptions { ShardId = 4, ShardCountAuto = true }, info);

        Assert.Equal(
            "Discord:ShardId (4) is not below the 2 shard(s) GET /gateway/bot recommends (Discord__ShardCount=auto): run fewer gateway processes, or set Discord__ShardCount to the number you run",
            outOfRange);
        Assert.Null(GatewayService.ShardOutOfRange(new DiscordOptions { ShardId = 1, ShardCountAuto = true }, info));
        Assert.Null(GatewayService.ShardOutOfRange(new DiscordOptions { ShardId = 4, ShardCount = 8 }, info));
    }

    [Fact]
    public void ShardIdWithoutACount_IsAStartUpError_ButAutoIsACount()
    {
        var validator = new DiscordOptionsValidator();

        Assert.Contains("or 'auto'", validator.Validate(null, new DiscordOptions { BotToken = "x", ShardId = 1 }).FailureMessage, StringComparison.Ordinal);
        Assert.True(validator.Validate(null, new DiscordOptions { BotToken = "x", ShardId = 1, ShardCountAuto = true }).Succeeded);
    }

    private static async Task<DiscordTestHost> StartShardAsync(FakeDiscordApi api, int shardId, string shardCount, TimeProvider time, ITurnPacer pacer)
    {
        var settings = DiscordTestHost.Settings(api);
        settings["Discord:ShardId"] = shardId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Discord:ShardCount"] = shardCount;
        return await DiscordTestHost.StartAsync(
            settings,
            new() { IdentifyWindow = TimeSpan.FromSeconds(5), Random = new FixedRandom(0.5) },
            time,
            services: services => services.Replace(ServiceDescriptor.Singleton(pacer)));
    }

    private static async Task<List<int[]>> ShardsAsync(params GatewayPeer[] peers)
    {
        var shards = new List<int[]>();
        foreach (var peer in peers)
        {
            await peer.HelloAsync(45_000);
            var identify = await peer.ReceiveOpAsync(2);
            shards.Add(identify.GetProperty("d").GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()).ToArray());
        }

        return shards;
    }
}
