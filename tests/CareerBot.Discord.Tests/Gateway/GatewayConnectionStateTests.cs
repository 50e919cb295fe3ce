using CareerBot.Core.Health;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Gateway;

/// <summary>The gateway reports its session to readiness: connected after READY or RESUMED, lost when the connection ends.</summary>
public sealed class GatewayConnectionStateTests
{
    [Fact]
    public async Task Session_ReadyThenDroppedThenResumed_IsReportedConnectedLostConnected()
    {
        await using var h = await GatewayHarness.StartAsync();
        var states = h.Host.Get<ConnectionStates>();
        Assert.Empty(states.Group(ConnectionStates.DiscordGateway));

        var (peer, _) = await h.ConnectReadyAsync();
        await h.DirectMessageAsync(peer, 2, "after ready");
        Assert.True(Shard0(states)?.Connected);

        await peer.CloseAsync(4000);
        var next = await h.Gateway.NextConnectionAsync();
        Assert.False(Shard0(states)?.Connected);

        await next.HelloAsync(45_000);
        Assert.Equal(6, (await next.ReceiveAsync()).GetProperty("op").GetInt32());
        await next.DispatchAsync("RESUMED", 3, "{}");
        await h.DirectMessageAsync(next, 4, "after resume");
        Assert.True(Shard0(states)?.Connected);
    }

    private static ConnectionState? Shard0(ConnectionStates states) =>
        states.Group(ConnectionStates.DiscordGateway).GetValueOrDefault(ConnectionStates.DiscordShard(0));
}
