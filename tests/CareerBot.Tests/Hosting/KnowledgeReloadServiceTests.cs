using System.Net;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Hosting;
using CareerBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Hosting;

[Collection(InProcessHosts.Name)]
public sealed class KnowledgeReloadServiceTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Serve_GuideFileEdited_IsAnsweredWithoutRestartAndStaysReady(bool fileEvents)
    {
        using var folder = new TempFolder(withKnowledge: true);
        var knowledge = folder.PathOf("knowledge");
        // With file events and a poll too slow to matter the events find the edit; without them (a container mount)
        // the poll does.
        var poll = fileEvents ? "01:00:00" : "00:00:00.200";
        await using var app = BotWebHost.Build(
            ["--urls", "http://127.0.0.1:0", $"--Knowledge:PollInterval={poll}", "--Knowledge:ReloadDelay=00:00:00.100", $"--Knowledge:FileEvents={fileEvents}"],
            knowledge);
        await app.StartAsync();

        using var client = new HttpClient { BaseAddress = ReadinessTests.Address(app) };
        var responder = app.Services.GetRequiredService<IChatResponder>();
        var guide = Path.Combine(knowledge, "guide", "10-conclusion.md");
        var text = await File.ReadAllTextAsync(guide);
        await File.WriteAllTextAsync(guide, text.Replace("## Conclusion\n", "## Conclusion\nJoin the Zanzibar mentoring circle for weekly feedback.\n\n", StringComparison.Ordinal));

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        string answer;
        do
        {
            await Task.Delay(50, deadline.Token);
            answer = PlainTextRenderer.Render(await responder.RespondAsync(new ChatRequest("zanzibar mentoring circle", "test"), CancellationToken.None));
            using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        while (!answer.Contains("Zanzibar mentoring circle", StringComparison.Ordinal));

        await app.StopAsync();
    }
}
