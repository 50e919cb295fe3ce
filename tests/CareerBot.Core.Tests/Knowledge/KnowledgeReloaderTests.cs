using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Core.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Knowledge;

public sealed class KnowledgeReloaderTests : IDisposable
{
    private const string NewFact = "Join the Zanzibar mentoring circle for weekly feedback on your portfolio.";

    private readonly KnowledgeCopy _copy = new();
    private readonly FakeTimeProvider _time = new();
    private readonly ServiceProvider _services;

    public KnowledgeReloaderTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("Knowledge:Path", _copy.Root),
            new("Knowledge:ReloadDelay", "00:00:00"),
        ]).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLogging(logging => logging.AddFakeLogging());
        services.AddCareerBotCore(configuration);
        _services = services.BuildServiceProvider();
        _services.GetRequiredService<KnowledgeHost>().EnsureLoaded();
    }

    private KnowledgeReloader Reloader => _services.GetRequiredService<KnowledgeReloader>();

    public void Dispose()
    {
        _services.Dispose();
        _copy.Dispose();
    }

    [Fact]
    public async Task Check_ChangedGuideFile_IsAnsweredFromTheNewTextWithoutARestart()
    {
        Assert.DoesNotContain("Zanzibar", await AskAsync("zanzibar mentoring circle"), StringComparison.Ordinal);
        Assert.False(await Reloader.CheckAsync(CancellationToken.None));

        _copy.Edit("guide/10-conclusion.md", "## Conclusion\n", "## Conclusion\n" + NewFact + "\n\n");

        Assert.True(await Reloader.CheckAsync(CancellationToken.None));
        Assert.Contains("Zanzibar mentoring circle", await AskAsync("zanzibar mentoring circle"), StringComparison.Ordinal);
        Assert.False(await Reloader.CheckAsync(CancellationToken.None));
    }

    /// <summary>
    /// The host starts the watch loop on a thread of its own, so an edit can land before the watcher exists and raise no
    /// event: the loop looks once at the start. The fake clock never moves here, so no poll could find it.
    /// </summary>
    [Fact]
    public async Task Run_AnEditMadeBeforeTheWatchStarts_IsPickedUpWithoutAPollOrAnEvent()
    {
        _copy.Edit("guide/10-conclusion.md", "## Conclusion\n", "## Conclusion\n" + NewFact + "\n\n");
        using var stop = new CancellationTokenSource();
        var run = Reloader.RunAsync(stop.Token);

        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // a bound for a broken build, not a timing
        while (!(await AskAsync("zanzibar mentoring circle")).Contains("Zanzibar mentoring circle", StringComparison.Ordinal))
        {
            await Task.Delay(20, bound.Token);
        }

        await stop.CancelAsync();
        await run;
    }

    /// <summary>
    /// The watch loop checks at once, beside the start-up load: before that load there is nothing to reload (it reads
    /// the folder as it is), so the knowledge is not built twice at start-up.
    /// </summary>
    [Fact]
    public async Task Check_BeforeTheFirstLoad_DoesNotLoad()
    {
        using var copy = new KnowledgeCopy();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Knowledge:Path", copy.Root), new("Knowledge:ReloadDelay", "00:00:00")]).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLogging(logging => logging.AddFakeLogging());
        services.AddCareerBotCore(configuration);
        await using var provider = services.BuildServiceProvider();

        Assert.False(await provider.GetRequiredService<KnowledgeReloader>().CheckAsync(CancellationToken.None));
        Assert.Null(provider.GetRequiredService<KnowledgeHost>().LoadedFingerprint);
    }

    [Fact]
    public async Task Check_InvalidEdit_KeepsTheOldKnowledgeAndWarnsOnceNamingFileAndField()
    {
        var before = await AskAsync("salary senior");
        _copy.Edit("data/salaries.json", "\"min\": 160000", "\"min\": \"lots\"");

        Assert.True(await Reloader.CheckAsync(CancellationToken.None));
        Assert.False(await Reloader.CheckAsync(CancellationToken.None));

        Assert.Equal(before, await AskAsync("salary senior"));
        var warning = Assert.Single(_services.GetFakeLogCollector().GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Equal("Knowledge reload failed, still serving the previous knowledge: data/salaries.json: levels[2].min: must be a number, found \"lots\"", warning.Message);
        Assert.True(_services.GetRequiredService<KnowledgeHost>().IsReady);

        // Fixing the file is picked up like any edit (a new figure goes in the data and the guide alike: the load
        // cross-checks them).
        _copy.Edit("guide/04-compensation.md", "Senior ML Engineer: $160,000-", "Senior ML Engineer: $165,000-");
        _copy.Edit("data/salaries.json", "\"min\": \"lots\"", "\"min\": 165000");
        Assert.True(await Reloader.CheckAsync(CancellationToken.None));
        Assert.Contains("$165,000", await AskAsync("salary senior"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_UnderConcurrentQuestions_NoQuestionFails()
    {
        using var stop = new CancellationTokenSource();
        var responder = _services.GetRequiredService<IChatResponder>();
        var askers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var asked = 0;
            while (!stop.IsCancellationRequested || asked == 0)
            {
                var reply = await responder.RespondAsync(new ChatRequest("how can I build practical experience?", "test"), CancellationToken.None);
                Assert.True(reply.Answered, reply.Title);
                asked++;
            }

            return asked;
        })).ToList();

        for (var i = 0; i < 5; i++)
        {
            _copy.Edit("guide/10-conclusion.md", "## Conclusion\n", "## Conclusion\n" + NewFact + i + "\n\n");
            Assert.True(await Reloader.CheckAsync(CancellationToken.None));
        }

        await stop.CancelAsync();
        var counts = await Task.WhenAll(askers);
        Assert.All(counts, count => Assert.True(count > 0));
    }

    [Fact]
    public async Task Reload_ReplacedIndex_IsClosedOnlyAfterTheGracePeriod()
    {
        var host = _services.GetRequiredService<KnowledgeHost>();
        var old = host.Current;
        _copy.Edit("guide/10-conclusion.md", "## Conclusion\n", "## Conclusion\n" + NewFact + "\n\n");
        Assert.True(await Reloader.CheckAsync(CancellationToken.None));

        Assert.NotSame(old, host.Current);
        Assert.Equal(1, host.RetiredCount);
        Assert.NotEmpty(old.Index.Search("practical experience").Hits);

        _time.Advance(KnowledgeHost.RetireAfter);
        Assert.Equal(0, host.RetiredCount);
    }

    private async Task<string> AskAsync(string text) =>
        PlainTextRenderer.Render(await _services.GetRequiredService<IChatResponder>().RespondAsync(new ChatRequest(text, "test"), CancellationToken.None));
}
