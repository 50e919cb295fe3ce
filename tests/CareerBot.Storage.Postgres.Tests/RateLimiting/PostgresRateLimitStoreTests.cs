using CareerBot.Core.RateLimiting;
using CareerBot.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Storage.Postgres.Tests.RateLimiting;

public sealed class PostgresRateLimitStoreTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private Replica _a = null!;
    private Replica _b = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?> { ["RateLimit:PerUserPerMinute"] = "3" };
        _a = await Replica.StartAsync(_database.ConnectionString, _time, settings);
        _b = await Replica.StartAsync(_database.ConnectionString, _time, settings);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _database.DisposeAsync();
    }

    [PostgresFact]
    public async Task Take_QuestionsSpreadOverTwoReplicas_AreLimitedAsOne()
    {
        var a = _a.Get<IRateLimitStore>();
        var b = _b.Get<IRateLimitStore>();

        Assert.Equal(RateLimitOutcome.Allowed, (await a.TakeAsync("slack", "U1", CancellationToken.None)).Outcome);
        Assert.Equal(RateLimitOutcome.Allowed, (await b.TakeAsync("slack", "U1", CancellationToken.None)).Outcome);
        Assert.Equal(RateLimitOutcome.Allowed, (await a.TakeAsync("slack", "U1", CancellationToken.None)).Outcome);

        // Each replica alone has seen at most two questions: only the shared bucket knows this is the fourth.
        var fourth = await b.TakeAsync("slack", "U1", CancellationToken.None);
        Assert.Equal(RateLimitOutcome.Notice, fourth.Outcome);
        Assert.InRange(fourth.RetryAfter, TimeSpan.FromSeconds(19), TimeSpan.FromSeconds(20));
        Assert.Equal(RateLimitOutcome.Suppressed, (await a.TakeAsync("slack", "U1", CancellationToken.None)).Outcome);

        // Another user, or the same id on another platform, has a bucket of its own.
        Assert.Equal(RateLimitOutcome.Allowed, (await a.TakeAsync("slack", "U2", CancellationToken.None)).Outcome);
        Assert.Equal(RateLimitOutcome.Allowed, (await a.TakeAsync("discord", "U1", CancellationToken.None)).Outcome);
    }

    [PostgresFact]
    public async Task Take_AfterATokenPeriod_AllowsOneMore_AndTheNoticeComesOncePerMinute()
    {
        var a = _a.Get<IRateLimitStore>();
        var b = _b.Get<IRateLimitStore>();
        for (var i = 0; i < 3; i++)
        {
            await a.TakeAsync("discord", "42", CancellationToken.None);
        }

        Assert.Equal(RateLimitOutcome.Notice, (await b.TakeAsync("discord", "42", CancellationToken.None)).Outcome);

        _time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(RateLimitOutcome.Allowed, (await b.TakeAsync("discord", "42", CancellationToken.None)).Outcome);
        Assert.Equal(RateLimitOutcome.Suppressed, (await a.TakeAsync("discord", "42", CancellationToken.None)).Outcome);

        // 45 s later two tokens have come back (one per 20 s); the refusal after them is over a minute since the
        // last notice, so it gets a notice again.
        _time.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal(RateLimitOutcome.Allowed, (await a.TakeAsync("discord", "42", CancellationToken.None)).Outcome);
        Assert.Equal(RateLimitOutcome.Allowed, (await b.TakeAsync("discord", "42", CancellationToken.None)).Outcome);
        Assert.Equal(RateLimitOutcome.Notice, (await b.TakeAsync("discord", "42", CancellationToken.None)).Outcome);
    }

    [PostgresFact]
    public async Task Take_ConcurrentQuestionsOnBothReplicas_GrantExactlyTheLimit()
    {
        var stores = new[] { _a.Get<IRateLimitStore>(), _b.Get<IRateLimitStore>() };

        var decisions = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(async () => await stores[i % 2].TakeAsync("slack", "U7", CancellationToken.None))));

        Assert.Equal(3, decisions.Count(d => d.Outcome == RateLimitOutcome.Allowed));
        Assert.Equal(1, decisions.Count(d => d.Outcome == RateLimitOutcome.Notice));
    }
}
