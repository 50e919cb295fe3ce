using System.Diagnostics.Metrics;
using CareerBot.Discord.Diagnostics;
using CareerBot.Discord.Rendering;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CareerBot.Discord.Tests.Diagnostics;

public sealed class DiscordMetricsTests
{
    [Fact]
    public async Task Interactions_AreCountedByKindAndOutcome()
    {
        await using var h = await GatewayHarness.StartAsync();
        using var interactions = Collect(h.Host.Services, "careerbot.discord.interactions");
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("INTERACTION_CREATE", 2, Events.Interaction(2, Events.Slash("help"), id: "1", token: "a"));
        await peer.DispatchAsync("INTERACTION_CREATE", 3, Events.Interaction(3, Events.Button("rk:gone"), id: "2", token: "b"));
        await h.Api.WaitForAsync("POST", "interactions/2/b/callback");
        await interactions.WaitForMeasurementsAsync(2, TimeSpan.FromSeconds(5));

        Assert.Equal(
            [("button", "expired"), ("command", "answered")],
            interactions.GetMeasurementSnapshot().Select(m => ((string)m.Tags["kind"]!, (string)m.Tags["outcome"]!)).Order());
    }

    [Fact]
    public async Task GatewayReconnects_AreCountedByHandshake()
    {
        await using var h = await GatewayHarness.StartAsync();
        using var reconnects = Collect(h.Host.Services, "careerbot.discord.gateway.reconnects");
        var (peer, _) = await h.ConnectReadyAsync();
        await h.DirectMessageAsync(peer, 2, "hi");

        await peer.SendAsync("""{"op":7,"d":null}""");
        await h.Gateway.NextConnectionAsync();
        await reconnects.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(5));

        Assert.Equal("resume", Assert.Single(reconnects.GetMeasurementSnapshot()).Tags["handshake"]);
    }

    [Fact]
    public async Task RestErrors_AreCountedByRouteTemplateNeverByToken()
    {
        await using var h = await RestHarness.StartAsync();
        using var errors = Collect(h.Services, "careerbot.discord.rest.errors");
        h.Api.Script(r => r.Method == "PATCH", new ScriptedResponse(404, """{"message":"Unknown Webhook","code":10015}"""));

        await Assert.ThrowsAsync<DiscordRestException>(() => h.Client.EditOriginalResponseAsync("1", "secret-token", new DiscordMessage("x", null, null, AllowedMentions.None), CancellationToken.None));

        var error = Assert.Single(errors.GetMeasurementSnapshot());
        Assert.Equal("PATCH webhooks/{application_id}/{token}/messages/@original", error.Tags["route"]);
        Assert.Equal(404, error.Tags["status"]);
    }

    private static MetricCollector<long> Collect(IServiceProvider services, string instrument) =>
        new(services.GetRequiredService<IMeterFactory>(), DiscordMetrics.MeterName, instrument);
}
