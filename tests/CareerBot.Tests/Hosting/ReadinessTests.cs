using System.Net;
using System.Text.Json;
using CareerBot.Core.Health;
using CareerBot.Hosting;
using CareerBot.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Hosting;

[Collection(InProcessHosts.Name)]
public sealed class ReadinessTests
{
    private static string Knowledge => Path.Combine(AppContext.BaseDirectory, "knowledge");

    [Fact]
    public async Task Readyz_KnowledgeOnly_IsReadyWithEveryCheckNamed()
    {
        await using var app = BotWebHost.Build(["--urls", "http://127.0.0.1:0"], Knowledge);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = Address(app) };

        var (status, body) = await ReadyzAsync(client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal(0, body.GetProperty("notReady").GetArrayLength());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("knowledge").GetProperty("status").GetString());
        await app.StopAsync();
    }

    [Fact]
    public async Task Readyz_GatewayConnectsThenDrops_FlipsReadyThenNotReadyNamingTheGateway()
    {
        // Discord's API answers, but the gateway it names is a closed port: the adapter never connects; this test
        // plays the adapter's signal. (An API unreachable at start-up stops start-up: see CommandLineTests.)
        var apiBuilder = WebApplication.CreateSlimBuilder();
        apiBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var api = apiBuilder.Build();
        api.MapGet("/api/v10/gateway/bot", () => Results.Text(
            """{"url":"ws://127.0.0.1:9","shards":1,"session_start_limit":{"total":1000,"remaining":1000,"reset_after":0,"max_concurrency":1}}""",
            "application/json"));
        await api.StartAsync();
        await using var app = BotWebHost.Build(
            ["--urls", "http://127.0.0.1:0", "--Discord:Gateway=true", "--Discord:BotToken=test-token", "--Discord:ApplicationId=123456789012345678",
             $"--Discord:ApiBaseUrl={Address(api)}api/v10/"],
            Knowledge);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = Address(app) };
        var states = app.Services.GetRequiredService<ConnectionStates>();

        var (before, beforeBody) = await ReadyzAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before);
        Assert.Equal(["discord.gateway"], beforeBody.GetProperty("notReady").EnumerateArray().Select(e => e.GetString()));
        // Before the first attempt, or once it has failed against the closed port.
        var why = beforeBody.GetProperty("checks").GetProperty("discord.gateway").GetProperty("description").GetString();
        Assert.True(why == "not connected yet" || why!.StartsWith("discord.gateway.shard-0: could not connect", StringComparison.Ordinal), why);

        states.Connected(ConnectionStates.DiscordShard(0));
        Assert.Equal(HttpStatusCode.OK, (await ReadyzAsync(client)).Status);

        states.Lost(ConnectionStates.DiscordShard(0), "connection dropped");
        var (after, afterBody) = await ReadyzAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, after);
        Assert.Equal(["discord.gateway"], afterBody.GetProperty("notReady").EnumerateArray().Select(e => e.GetString()));
        // The latest reason the gateway is down: the drop, or the real connector's next failed attempt against the
        // closed port, which may land between the drop and this read on a loaded machine.
        var reason = afterBody.GetProperty("checks").GetProperty("discord.gateway").GetProperty("description").GetString();
        Assert.True(reason!.Contains("connection dropped", StringComparison.Ordinal) || reason.StartsWith("discord.gateway.shard-0: could not connect", StringComparison.Ordinal), reason);

        // Liveness does not depend on the platforms.
        using var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Readyz_WhenStopping_Answers503BeforeTheServerCloses()
    {
        await using var app = BotWebHost.Build(["--urls", "http://127.0.0.1:0", "--Shutdown:DrainDelay=00:01:00"], Knowledge);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = Address(app) };
        Assert.Equal(HttpStatusCode.OK, (await ReadyzAsync(client)).Status);
        var gate = app.Services.GetRequiredService<ShutdownGate>();

        using var stop = new CancellationTokenSource();
        var stopping = app.StopAsync(stop.Token);
        while (!gate.IsStopping)
        {
            await Task.Yield();
        }

        // During the drain delay the server still answers, and says it is not ready.
        var (status, body) = await ReadyzAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(["shutdown"], body.GetProperty("notReady").EnumerateArray().Select(e => e.GetString()));
        await stop.CancelAsync();
        await stopping;
    }

    internal static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyzAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }
}
