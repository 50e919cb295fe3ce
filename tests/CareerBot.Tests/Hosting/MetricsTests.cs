using System.Net;
using CareerBot.Core.Routing;
using CareerBot.Hosting;
using CareerBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Hosting;

[Collection(InProcessHosts.Name)]
public sealed class MetricsTests
{
    private static string Knowledge => Path.Combine(AppContext.BaseDirectory, "knowledge");

    [Fact]
    public async Task Metrics_AfterQuestions_ShowsQuestionsLatencyBucketsAndRequests()
    {
        await using var app = BotWebHost.Build(["--urls", "http://127.0.0.1:0"], Knowledge);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = ReadinessTests.Address(app) };
        var responder = app.Services.GetRequiredService<IChatResponder>();
        await responder.RespondAsync(new ChatRequest("salary senior", "slack", "U1"), CancellationToken.None);
        await responder.RespondAsync(new ChatRequest("give me a recipe for banana bread", "discord", "U2"), CancellationToken.None);
        using (await client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
        }

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("careerbot_questions_total{otel_scope_name=\"CareerBot.Core\",answered=\"true\",intent=\"salary\",platform=\"slack\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("careerbot_questions_total{otel_scope_name=\"CareerBot.Core\",answered=\"false\",intent=\"ask\",platform=\"discord\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("careerbot_answer_duration_seconds_bucket{otel_scope_name=\"CareerBot.Core\",intent=\"salary\",platform=\"slack\",le=\"+Inf\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("careerbot_answer_duration_seconds_count{otel_scope_name=\"CareerBot.Core\",intent=\"salary\",platform=\"slack\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("careerbot_answer_duration_seconds_bucket{otel_scope_name=\"CareerBot.Core\",intent=\"salary\",platform=\"slack\",le=\"0.0005\"}", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task Metrics_OnItsOwnPort_IsNotServedOnTheMainPort()
    {
        var port = FreePort();
        await using var app = BotWebHost.Build(["--urls", "http://127.0.0.1:0", $"--Metrics:Port={port}"], Knowledge);
        await app.StartAsync();
        var main = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses
            .Single(a => !a.EndsWith($":{port}", StringComparison.Ordinal));
        using var client = new HttpClient();

        using var onMain = await client.GetAsync(new Uri(new Uri(main), "/metrics"));
        using var onPort = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/metrics"));
        using var health = await client.GetAsync(new Uri(new Uri(main), "/healthz"));

        Assert.Equal(HttpStatusCode.NotFound, onMain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onPort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Metrics_Disabled_IsNotServed()
    {
        await using var app = BotWebHost.Build(["--urls", "http://127.0.0.1:0", "--Metrics:Enabled=false"], Knowledge);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = ReadinessTests.Address(app) };

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await app.StopAsync();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
