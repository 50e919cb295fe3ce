using System.Net;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Hosting;
using CareerBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Hosting;

[Collection(InProcessHosts.Name)]
public sealed class ShutdownTests
{
    [Fact]
    public async Task Stop_WithASlashCommandInFlight_AnswersItBeforeTheHostStops()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var engine = new HeldResponder();
        await using var app = BotWebHost.Build(
            ["--urls", "http://127.0.0.1:0", .. slack.Settings],
            Path.Combine(AppContext.BaseDirectory, "knowledge"),
            services => services.AddSingleton<IChatResponder>(engine));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = ReadinessTests.Address(app) };
        using var request = slack.SlashCommand("salary senior");
        var inFlight = client.SendAsync(request);
        await engine.Started.Task;

        var stopping = app.StopAsync();
        var gate = app.Services.GetRequiredService<ShutdownGate>();
        while (!gate.IsStopping)
        {
            await Task.Yield();
        }

        Assert.False(stopping.IsCompleted);
        engine.Release.SetResult();
        using var response = await inFlight;
        await stopping;

        // Within Slack's budget the answer rides in the response; past it, it went to the response_url. Either way
        // it was delivered before the host finished stopping.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("Held answer", StringComparison.Ordinal) || slack.Responses.Any(r => r.Contains("Held answer", StringComparison.Ordinal)), body);
    }

    [Fact]
    public async Task Serve_SignedSlashCommand_IsAnsweredAndCounted()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var app = BotWebHost.Build(["--urls", "http://127.0.0.1:0", .. slack.Settings], Path.Combine(AppContext.BaseDirectory, "knowledge"));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = ReadinessTests.Address(app) };

        var answer = await slack.AnswerAsync(client, "salary senior");
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("$160,000", answer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("careerbot_questions_total{otel_scope_name=\"CareerBot.Core\",answered=\"true\",intent=\"salary\",platform=\"slack\"} 1", metrics, StringComparison.Ordinal);
        await app.StopAsync();
    }

    private sealed class HeldResponder : IChatResponder
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Release.Task;
            return new Reply(Intent.Salary, true, "Held answer", [ReplyBlock.Prose("Held answer")], null, [], [], []);
        }
    }
}
