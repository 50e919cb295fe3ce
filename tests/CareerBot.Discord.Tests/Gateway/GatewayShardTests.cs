using CareerBot.Adapters.Hosting;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Tests.Gateway;

public sealed class GatewayShardTests
{
    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4005)]
    [InlineData(4008)]
    [InlineData(1001)]
    public async Task Close_ResumableCode_ResumesWithSessionAndSequence(int code)
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();
        await h.DirectMessageAsync(peer, 2, "before");

        await peer.CloseAsync(code);
        var next = await h.Gateway.NextConnectionAsync();
        await next.HelloAsync(45_000);
        var handshake = await next.ReceiveAsync();

        Assert.Equal("/resume", next.Path);
        Assert.Equal(6, handshake.GetProperty("op").GetInt32());
        Assert.Equal(2, handshake.GetProperty("d").GetProperty("seq").GetInt64());
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Close_SessionInvalidatingCode_IdentifiesAfresh(int code)
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.CloseAsync(code);
        var next = await h.Gateway.NextConnectionAsync();
        await next.HelloAsync(45_000);
        var handshake = await next.ReceiveAsync();

        Assert.Equal("/", next.Path);
        Assert.Equal(2, handshake.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task DroppedConnection_ResumesAndReceivesWhatWasMissed()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();
        await h.DirectMessageAsync(peer, 2, "before");

        peer.Abort();
        var next = await h.Gateway.NextConnectionAsync();
        await next.HelloAsync(45_000);
        var resume = await next.ReceiveOpAsync(6);
        await h.DirectMessageAsync(next, 3, "missed while away");

        Assert.Equal("/resume", next.Path);
        Assert.Equal(2, resume.GetProperty("d").GetProperty("seq").GetInt64());
        Assert.Equal(["before", "missed while away"], h.Chat.Requests.Select(r => r.Text));
    }

    [Theory]
    [InlineData(4004, "Reset the token on the Bot page")]
    [InlineData(4010, "Discord__ShardId")]
    [InlineData(4011, "Discord__ShardCount")]
    [InlineData(4012, "update CareerBot")]
    [InlineData(4013, "report it")]
    [InlineData(4014, "Privileged Gateway Intents")]
    public async Task Close_FatalCode_StopsTheHostWithWhatToFixAndNeverReconnects(int code, string advice)
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.CloseAsync(code);

        // Wait for the stop itself (on a loaded machine handling the close can take longer than the 500 ms below).
        var stopping = h.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await Task.Delay(Timeout.Infinite, stopping).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(await h.Gateway.NoConnectionWithinAsync(TimeSpan.FromMilliseconds(500)), "reconnected after a fatal close");
        Assert.True(h.Host.IsStopping);
        Assert.Equal(FatalStop.ExitCode, h.Host.ExitCode);
        var critical = Assert.Single(h.Host.Logs.GetSnapshot(), r => r.Level == LogLevel.Critical);
        Assert.Contains(advice, critical.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestHost.Token, critical.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectFailure_AsksForTheGatewayAgainAndRetries()
    {
        await using var h = await GatewayHarness.StartAsync(arrange: api => api.GatewayUrl = new Uri("ws://127.0.0.1:9/"));
        await h.Api.WaitForAsync("GET", "gateway/bot");
        await h.Api.WaitForAsync(r => h.Api.Matching("GET", "gateway/bot").Count >= 2);
        h.Api.GatewayUrl = h.Gateway.Url;

        var peer = await h.Gateway.NextConnectionAsync();
        await peer.HelloAsync(45_000);
        var identify = await peer.ReceiveOpAsync(2);

        Assert.Equal(DiscordTestHost.Token, identify.GetProperty("d").GetProperty("token").GetString());
    }

    [Fact]
    public async Task ReconnectLoop_BacksOffBetweenFailedAttempts()
    {
        await using var h = await GatewayHarness.StartAsync(tuning: new()
        {
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(100),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(400),
            IdentifyWindow = TimeSpan.Zero,
            Random = new FixedRandom(1.0 - 1e-9),
        });
        var attempts = new List<DateTime>();
        for (var i = 0; i < 4; i++)
        {
            // Each attempt gets as far as Identify and then fails, so this is the reconnect path, not a failed connect.
            var peer = await h.Gateway.NextConnectionAsync();
            attempts.Add(peer.ConnectedAt);
            await peer.HelloAsync(45_000);
            await peer.ReceiveOpAsync(2);
            await peer.CloseAsync(4009);
        }

        var gaps = attempts.Zip(attempts.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToList();
        Assert.True(gaps[0] >= 95, $"first retry after {gaps[0]} ms");
        Assert.True(gaps[1] >= 195, $"second retry after {gaps[1]} ms");
        Assert.True(gaps[2] >= 390, $"third retry after {gaps[2]} ms");
        Assert.Single(h.Api.Matching("GET", "gateway/bot"));
    }

    [Theory]
    [InlineData(4004, "Reset the token on the Bot page")]
    [InlineData(4014, "Privileged Gateway Intents")]
    public async Task Close_FatalCodeBeforeHello_StopsTheHostAndNeverReconnects(int code, string advice)
    {
        await using var h = await GatewayHarness.StartAsync();
        var peer = await h.Gateway.NextConnectionAsync();

        await peer.CloseAsync(code);

        Assert.True(await h.Gateway.NoConnectionWithinAsync(TimeSpan.FromMilliseconds(500)), "reconnected after a fatal close");
        Assert.True(h.Host.IsStopping);
        Assert.Equal(FatalStop.ExitCode, h.Host.ExitCode);
        var critical = Assert.Single(h.Host.Logs.GetSnapshot(), r => r.Level == LogLevel.Critical);
        Assert.Contains(advice, critical.Message, StringComparison.Ordinal);
    }
}
