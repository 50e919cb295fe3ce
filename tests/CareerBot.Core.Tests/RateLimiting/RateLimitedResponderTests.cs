using CareerBot.Core.Diagnostics;
using CareerBot.Core.RateLimiting;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.RateLimiting;

public sealed class RateLimitedResponderTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly CountingResponder _engine = new();
    private readonly ServiceProvider _metricsServices = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _metricsServices.Dispose();

    [Fact]
    public async Task Burst_TwelveQuestionsInASecond_SixAnsweredOneNoticeRestSilent()
    {
        var (responder, limiter) = Build(perMinute: 6);
        using var _ = limiter;
        var replies = new List<Reply>();
        for (var i = 0; i < 12; i++)
        {
            replies.Add(await AskAsync(responder, "U1"));
            _time.Advance(TimeSpan.FromMilliseconds(80));
        }

        Assert.Equal(6, replies.Count(r => r.Delivery == ReplyDelivery.Answer));
        Assert.Equal(6, _engine.Calls);
        var notice = Assert.Single(replies, r => r.Delivery == ReplyDelivery.RateLimitNotice);
        Assert.Equal(5, replies.Count(r => r.Delivery == ReplyDelivery.Suppress));
        Assert.Equal(ReplyDelivery.RateLimitNotice, replies[6].Delivery);

        // One token every 10 s at 6 a minute; the notice came 0.48 s after the first question.
        Assert.Contains("You're asking faster than I can answer. Please try again in 10 seconds.", PlainTextRenderer.Render(notice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flood_OtherUsersAndOtherPlatforms_AreNotAffected()
    {
        var (responder, limiter) = Build(perMinute: 2);
        using var _ = limiter;
        for (var i = 0; i < 5; i++)
        {
            await AskAsync(responder, "U1");
        }

        Assert.Equal(ReplyDelivery.Answer, (await AskAsync(responder, "U2")).Delivery);
        Assert.Equal(ReplyDelivery.Answer, (await AskAsync(responder, "U1", platform: "discord")).Delivery);
        Assert.Equal(ReplyDelivery.Suppress, (await AskAsync(responder, "U1")).Delivery);
    }

    [Fact]
    public async Task Refill_AfterTheStatedWait_AnswersAgain_AndTheNextNoticeWaitsForANewWindow()
    {
        var (responder, limiter) = Build(perMinute: 2);
        using var _ = limiter;
        await AskAsync(responder, "U1");
        await AskAsync(responder, "U1");
        var notice = await AskAsync(responder, "U1");
        Assert.Equal(ReplyDelivery.RateLimitNotice, notice.Delivery);
        Assert.Contains("try again in 30 seconds", PlainTextRenderer.Render(notice), StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(ReplyDelivery.Suppress, (await AskAsync(responder, "U1")).Delivery);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(ReplyDelivery.Answer, (await AskAsync(responder, "U1")).Delivery);

        // Still within the notice's minute: silence.
        Assert.Equal(ReplyDelivery.Suppress, (await AskAsync(responder, "U1")).Delivery);
        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(ReplyDelivery.Answer, (await AskAsync(responder, "U1")).Delivery);
        Assert.Equal(ReplyDelivery.RateLimitNotice, (await AskAsync(responder, "U1")).Delivery);
    }

    [Fact]
    public async Task Terminal_IsNotLimitedByDefault_ButCanBe()
    {
        var (open, openLimiter) = Build(perMinute: 1);
        using var a = openLimiter;
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(ReplyDelivery.Answer, (await AskAsync(open, "operator", platform: "terminal")).Delivery);
        }

        var (limited, limitedLimiter) = Build(perMinute: 1, terminal: true);
        using var b = limitedLimiter;
        await AskAsync(limited, "operator", platform: "terminal");
        Assert.Equal(ReplyDelivery.RateLimitNotice, (await AskAsync(limited, "operator", platform: "terminal")).Delivery);
    }

    [Fact]
    public async Task ManyUsers_MemoryStaysBounded_AndARecentFlooderIsStillLimited()
    {
        var (responder, limiter) = Build(perMinute: 1, maxUsers: 16);
        using var _ = limiter;
        await AskAsync(responder, "flooder");
        for (var i = 0; i < 100; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(10));
            await AskAsync(responder, "U" + i);
            Assert.True(limiter.TrackedUsers <= 16);
        }

        // Within the flooder's minute nobody else is idle, so the longest-idle bucket (the flooder's) was forgotten:
        // the bound wins over memory of one user. A bucket kept is still enforced:
        Assert.Equal(ReplyDelivery.RateLimitNotice, (await AskAsync(responder, "U99")).Delivery);
    }

    [Fact]
    public async Task Refusals_AreCountedByOutcome()
    {
        using var collector = new MetricCollector<long>(_metricsServices.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), CoreMetrics.MeterName, "careerbot.ratelimit.refused");
        var (responder, limiter) = Build(perMinute: 1);
        using var _ = limiter;
        for (var i = 0; i < 4; i++)
        {
            await AskAsync(responder, "U1");
        }

        var measurements = collector.GetMeasurementSnapshot();
        Assert.Equal(1, measurements.Where(m => Equals(m.Tags["outcome"], "notice")).Sum(m => m.Value));
        Assert.Equal(2, measurements.Where(m => Equals(m.Tags["outcome"], "suppressed")).Sum(m => m.Value));
        Assert.All(measurements, m => Assert.Equal("slack", m.Tags["platform"]));
    }

    [Fact]
    public async Task NoUserId_IsNotLimited()
    {
        var (responder, limiter) = Build(perMinute: 1);
        using var _ = limiter;
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(ReplyDelivery.Answer, (await responder.RespondAsync(new ChatRequest("salary", "slack"), CancellationToken.None)).Delivery);
        }
    }

    private static ValueTask<Reply> AskAsync(IChatResponder responder, string user, string platform = "slack") =>
        responder.RespondAsync(new ChatRequest("salary", platform, user), CancellationToken.None);

    private (IChatResponder Responder, UserRateLimiter Limiter) Build(int perMinute, bool terminal = false, int maxUsers = 10_000)
    {
        var options = Options.Create(new RateLimitOptions { PerUserPerMinute = perMinute, Terminal = terminal, MaxTrackedUsers = maxUsers });
        var limiter = new UserRateLimiter(options, _time);
        var metrics = new CoreMetrics(_metricsServices.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        return (new RateLimitedResponder(_engine, limiter, options, metrics, NullLogger<RateLimitedResponder>.Instance), limiter);
    }

    private sealed class CountingResponder : IChatResponder
    {
        private int _calls;

        public int Calls => _calls;

        public ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return ValueTask.FromResult(new Reply(Intent.Salary, true, "Salaries", [], null, [], [], []));
        }
    }
}
