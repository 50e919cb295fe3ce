using CareerBot.Adapters.Memory;
using CareerBot.Core.Conversations;
using CareerBot.Core.RateLimiting;
using CareerBot.Storage.Postgres.Health;
using CareerBot.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CareerBot.Storage.Postgres.Tests.Health;

/// <summary>The database goes away mid-run (a relay in front of it is cut) and comes back on the same address.</summary>
public sealed class StoreOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private TcpRelay _relay = null!;
    private Replica _replica = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var direct = new NpgsqlConnectionStringBuilder(_database.ConnectionString);
        _relay = new TcpRelay(direct.Host!, direct.Port);
        _relay.Start();
        var relayed = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Port = _relay.Port, Timeout = 2, CommandTimeout = 2 };
        _replica = await Replica.StartAsync(relayed.ConnectionString, _time);
    }

    public async Task DisposeAsync()
    {
        await _replica.DisposeAsync();
        await _relay.DisposeAsync();
        await _database.DisposeAsync();
    }

    [PostgresFact]
    public async Task StoreOut_AnswersKeepFlowingFromLocalMemory_HealthSaysSo_AndItRecovers()
    {
        var keys = _replica.Get<IExpiringKeySet>();
        var health = new StoreHealthCheck(_replica.Get<StoreAvailability>());
        Assert.True(keys.TryClaim(new ExpiringKey("slack:event:before", Window)));
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);

        _relay.Stop();

        // Dedupe falls back to this replica's memory: new work is taken, a repeat is still dropped.
        Assert.True(keys.TryClaim(new ExpiringKey("slack:event:during", Window)));
        Assert.False(keys.TryClaim(new ExpiringKey("slack:event:during", Window)));
        Assert.False(keys.TryClaim(new ExpiringKey("slack:event:before", Window)));
        Assert.Equal(RateLimitOutcome.Allowed, (await _replica.Get<IRateLimitStore>().TakeAsync("slack", "U1", CancellationToken.None)).Outcome);
        var state = new ConversationState("salary", "salary senior", ["senior"], [], [], null);
        await _replica.Get<IConversationStore>().SetAsync("c", state, CancellationToken.None);
        Assert.Equal("salary senior", (await _replica.Get<IConversationStore>().GetAsync("c", CancellationToken.None))?.Question);

        var degraded = await health.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Contains("local to this replica", degraded.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(_database.Name, degraded.Description, StringComparison.Ordinal);

        _relay.Start();
        _time.Advance(TimeSpan.FromSeconds(6)); // past Store:RetryInterval

        Assert.True(keys.TryClaim(new ExpiringKey("slack:event:after", Window)));
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM careerbot_expiring WHERE key = 'slack:event:after'"));
    }

    [PostgresFact]
    public async Task StoreOut_AQuestionFailsAtOnceAsAStoreException_NotAfterATimeout_AndIsRecordedAgainWhenItReturns()
    {
        var store = _replica.Get<IFeedbackStore>();
        var question = new QuestionRecord(AnswerIds.New(), _time.GetUtcNow(), "slack", "h", "salary senior", "salary", true, null, "Salary", TimeSpan.FromMilliseconds(3));
        await store.RecordQuestionAsync(question, CancellationToken.None);

        _relay.Stop();

        // The first write finds the store out (and says so on /readyz); the next fail at once, without asking it.
        await Assert.ThrowsAsync<StoreException>(() => store.RecordQuestionAsync(question with { AnswerId = AnswerIds.New() }, CancellationToken.None));
        var degraded = await new StoreHealthCheck(_replica.Get<StoreAvailability>()).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Contains("not recorded", degraded.Description, StringComparison.Ordinal);
        var failedAtOnce = await Assert.ThrowsAsync<StoreException>(() => store.RecordVoteAsync(new VoteRecord(question.AnswerId, "h", true, _time.GetUtcNow()), CancellationToken.None));
        Assert.Contains("is out", failedAtOnce.Message, StringComparison.Ordinal);
        Assert.Null(failedAtOnce.InnerException); // not tried: no connection attempt, no timeout

        _relay.Start();
        _time.Advance(TimeSpan.FromSeconds(6)); // past Store:RetryInterval

        Assert.Equal(VoteOutcome.Recorded, await store.RecordVoteAsync(new VoteRecord(question.AnswerId, "h", true, _time.GetUtcNow()), CancellationToken.None));
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM careerbot_questions"));
    }
}
