using System.Net.WebSockets;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Gateway;

public sealed class GatewayConnectionTests
{
    private const int Guilds = 1;
    private const int GuildMembers = 2;
    private const int GuildMessages = 512;
    private const int DirectMessages = 4096;
    private const int MessageContent = 32768;

    [Fact]
    public async Task Identify_SendsTokenShardAndOnlyTheNeededIntents()
    {
        await using var h = await GatewayHarness.StartAsync();

        var (_, identify) = await h.ConnectReadyAsync();

        var d = identify.GetProperty("d");
        Assert.Equal(DiscordTestHost.Token, d.GetProperty("token").GetString());
        Assert.Equal(Guilds | GuildMessages | DirectMessages, d.GetProperty("intents").GetInt32());
        Assert.Equal([0, 1], d.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("careerbot", d.GetProperty("properties").GetProperty("browser").GetString());
    }

    [Fact]
    public async Task Identify_WithWelcomes_AddsGuildMembersButNeverMessageContent()
    {
        await using var h = await GatewayHarness.StartAsync(s => s["Discord:Welcomes"] = "true");

        var (_, identify) = await h.ConnectReadyAsync();

        var intents = identify.GetProperty("d").GetProperty("intents").GetInt32();
        Assert.Equal(Guilds | GuildMembers | GuildMessages | DirectMessages, intents);
        Assert.Equal(0, intents & MessageContent);
    }

    [Fact]
    public async Task Heartbeat_FirstAfterJitteredFraction_ThenEveryInterval_WithLastSequence()
    {
        var time = new FakeTimeProvider();
        var tuning = TestTuning.Fast();
        await using var h = await GatewayHarness.StartAsync(tuning: new() { Random = new FixedRandom(0.25), ConnectTimeout = tuning.ConnectTimeout, HelloTimeout = tuning.HelloTimeout }, timeProvider: time);
        var (peer, _) = await h.ConnectReadyAsync(heartbeatIntervalMs: 1000);
        await h.DirectMessageAsync(peer, 2, "hello");

        time.Advance(TimeSpan.FromMilliseconds(249));
        Assert.True(await peer.IsQuietAsync(TimeSpan.FromMilliseconds(150)), "beat before interval * jitter");
        time.Advance(TimeSpan.FromMilliseconds(1));
        var first = await peer.ReceiveAsync();
        Assert.Equal(1, first.GetProperty("op").GetInt32());
        Assert.Equal(2, first.GetProperty("d").GetInt64());

        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.True(await peer.IsQuietAsync(TimeSpan.FromMilliseconds(150)), "beat before a full interval");
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, (await peer.ReceiveAsync()).GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task HostStops_ClosesTheGatewayResumably_NeverWith1000Or1001()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await h.Host.App.StopAsync();
        var closeCode = await peer.Closed.WaitAsync(TimeSpan.FromSeconds(5));

        // 1000/1001 end the session (the bot shows offline at once); 4000 leaves it resumable, as the README promises.
        Assert.Equal((WebSocketCloseStatus)4000, closeCode);
    }

    [Fact]
    public async Task Heartbeat_RequestedByGateway_IsSentAtOnce()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.SendAsync("""{"op":1,"d":null}""");

        var beat = await peer.ReceiveAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(1, beat.GetProperty("op").GetInt32());
        Assert.Equal(1, beat.GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task Heartbeat_NoAckBetweenBeats_ClosesResumablyAndResumesOnResumeUrl()
    {
        await using var h = await GatewayHarness.StartAsync();
        var peer = await h.Gateway.NextConnectionAsync();
        peer.AutoAck = false;
        await peer.HelloAsync(100);
        await peer.ReceiveOpAsync(2);
        await peer.ReadyAsync(1, resumeUrl: h.Gateway.ResumeUrl.ToString());

        var closeCode = await peer.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        var resumed = await h.Gateway.NextConnectionAsync();
        await resumed.HelloAsync(45_000);
        var resume = await resumed.ReceiveOpAsync(6);

        Assert.NotNull(closeCode);
        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, closeCode);
        Assert.NotEqual(WebSocketCloseStatus.EndpointUnavailable, closeCode);
        Assert.Equal("/resume", resumed.Path);
        Assert.Equal("session-1", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(1, resume.GetProperty("d").GetProperty("seq").GetInt64());
        Assert.Equal(DiscordTestHost.Token, resume.GetProperty("d").GetProperty("token").GetString());
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesAndHandlesReplayedEventsOnce()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();
        await h.DirectMessageAsync(peer, 2, "first");

        await peer.SendAsync("""{"op":7,"d":null}""");
        var closeCode = await peer.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        var resumed = await h.Gateway.NextConnectionAsync();
        await resumed.HelloAsync(45_000);
        var resume = await resumed.ReceiveOpAsync(6);
        await resumed.DispatchAsync("MESSAGE_CREATE", 2, Events.DirectMessage("first", "500000000000000005", "2"));
        await resumed.DispatchAsync("MESSAGE_CREATE", 3, Events.DirectMessage("second", "500000000000000005", "3"));
        await resumed.DispatchAsync("RESUMED", 4, "{}");
        await h.DirectMessageAsync(resumed, 5, "third");
        // The dispatch lane runs handlers concurrently, so "second" may be answered after "third":
        // wait for its answer too, and assert only what is promised: each message answered exactly once.
        // The replay of "first" is skipped on the read loop, which read it before "third".
        await h.Api.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("second", StringComparison.Ordinal));

        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, closeCode);
        Assert.Equal(2, resume.GetProperty("d").GetProperty("seq").GetInt64());
        Assert.Equal(["first", "second", "third"], h.Chat.Requests.Select(r => r.Text).Order());
        Assert.Equal(3, h.Api.Matching("POST", "channels/").Count);
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAfreshOnTheMainUrl()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.SendAsync("""{"op":9,"d":false}""");
        var next = await h.Gateway.NextConnectionAsync();
        await next.HelloAsync(45_000);
        var handshake = await next.ReceiveAsync();

        Assert.Equal("/", next.Path);
        Assert.Equal(2, handshake.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.SendAsync("""{"op":9,"d":true}""");
        var next = await h.Gateway.NextConnectionAsync();
        await next.HelloAsync(45_000);
        var handshake = await next.ReceiveAsync();

        Assert.Equal("/resume", next.Path);
        Assert.Equal(6, handshake.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task UnreadableFrames_AreSkipped_AndTheConnectionCarriesOn()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.SendAsync("this is not json");
        await peer.SendAsync("""{"op":0,"t":"READY","s":2,"d":[1,2]}""");
        await peer.SendAsync("""{"op":0,"t":"GUILD_CREATE","s":3,"d":"oops"}""");
        await h.DirectMessageAsync(peer, 4, "still listening");

        Assert.Equal(1, h.Gateway.ConnectionCount);
        Assert.False(h.Host.IsStopping);
    }

    [Fact]
    public async Task SlowHandlers_NeverStarveHeartbeats()
    {
        await using var h = await GatewayHarness.StartAsync();
        h.Chat.Hold();
        var (peer, _) = await h.ConnectReadyAsync(heartbeatIntervalMs: 100);

        for (var s = 2; s < 12; s++)
        {
            await peer.DispatchAsync("MESSAGE_CREATE", s, Events.DirectMessage($"slow {s}", "500000000000000005", $"{s}"));
        }

        var beats = 0;
        var until = DateTime.UtcNow + TimeSpan.FromMilliseconds(1000);
        while (DateTime.UtcNow < until)
        {
            if ((await peer.ReceiveAsync()).GetProperty("op").GetInt32() == 1)
            {
                beats++;
            }
        }

        h.Chat.Release();
        Assert.True(beats >= 4, $"only {beats} heartbeats while handlers were blocked");
        Assert.False(peer.Closed.IsCompleted);
        Assert.Equal(1, h.Gateway.ConnectionCount);
    }
}
