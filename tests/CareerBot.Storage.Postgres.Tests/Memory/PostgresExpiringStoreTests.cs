using CareerBot.Adapters.Memory;
using CareerBot.Storage.Postgres.Memory;
using CareerBot.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Storage.Postgres.Tests.Memory;

public sealed class PostgresExpiringStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private Replica _a = null!;
    private Replica _b = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _a = await Replica.StartAsync(_database.ConnectionString, _time);
        _b = await Replica.StartAsync(_database.ConnectionString, _time);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _database.DisposeAsync();
    }

    [PostgresFact]
    public void TryClaim_SameDeliveryOnTwoReplicas_OnlyTheFirstWins()
    {
        var a = _a.Get<IExpiringKeySet>();
        var b = _b.Get<IExpiringKeySet>();

        Assert.True(a.TryClaim(new ExpiringKey("slack:event:Ev1", Window)));
        Assert.False(b.TryClaim(new ExpiringKey("slack:event:Ev1", Window)));
        Assert.False(a.TryClaim(new ExpiringKey("slack:event:Ev1", Window)));
        Assert.True(b.TryClaim(new ExpiringKey("slack:event:Ev2", Window)));
    }

    [PostgresFact]
    public async Task TryClaim_ManyConcurrentClaimsFromBothReplicas_ExactlyOneWinsEachKey()
    {
        var stores = new[] { _a.Get<IExpiringKeySet>(), _b.Get<IExpiringKeySet>() };
        var claims = Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            stores[i % 2].TryClaim(new ExpiringKey($"slack:event:Ev{i % 4}", Window), new ExpiringKey($"slack:message:C1:{i % 4}", Window))));

        var won = await Task.WhenAll(claims);

        Assert.Equal(4, won.Count(w => w));
    }

    [PostgresFact]
    public void TryClaim_AnyKeyOfTheSetSeen_IsARepeat()
    {
        var a = _a.Get<IExpiringKeySet>();
        Assert.True(a.TryClaim(new ExpiringKey("slack:message:C1:1.0", Window)));

        // The same message delivered under a new event id (Slack does that) on the other replica.
        Assert.False(_b.Get<IExpiringKeySet>().TryClaim(new ExpiringKey("slack:event:Ev9", Window), new ExpiringKey("slack:message:C1:1.0", Window)));
    }

    [PostgresFact]
    public void TryClaim_AfterTheLifetime_IsNewAgain()
    {
        var a = _a.Get<IExpiringKeySet>();
        Assert.True(a.TryClaim(new ExpiringKey("discord:welcome:g:u", TimeSpan.FromMinutes(1))));

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(_b.Get<IExpiringKeySet>().TryClaim(new ExpiringKey("discord:welcome:g:u", TimeSpan.FromMinutes(1))));

        // The repeat extended it: a minute after the repeat, not after the first claim.
        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(_b.Get<IExpiringKeySet>().TryClaim(new ExpiringKey("discord:welcome:g:u", TimeSpan.FromMinutes(1))));
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(_b.Get<IExpiringKeySet>().TryClaim(new ExpiringKey("discord:welcome:g:u", TimeSpan.FromMinutes(1))));
    }

    [PostgresFact]
    public void Release_OnOneReplica_LetsTheNextDeliveryThroughOnTheOther()
    {
        Assert.True(_a.Get<IExpiringKeySet>().TryClaim(new ExpiringKey("slack:event:Ev1", Window)));

        _a.Get<IExpiringKeySet>().Release("slack:event:Ev1");

        Assert.True(_b.Get<IExpiringKeySet>().TryClaim(new ExpiringKey("slack:event:Ev1", Window)));
    }

    [PostgresFact]
    public void Find_ValueSetOnTheOtherReplica_IsFoundUntilItExpires()
    {
        _a.Get<IExpiringValueStore>().Set("discord:followup:abc", "salary compare senior lead", TimeSpan.FromMinutes(30));

        Assert.Equal("salary compare senior lead", _b.Get<IExpiringValueStore>().Find("discord:followup:abc"));
        Assert.Null(_b.Get<IExpiringValueStore>().Find("discord:followup:other"));

        _time.Advance(TimeSpan.FromMinutes(31));
        Assert.Null(_b.Get<IExpiringValueStore>().Find("discord:followup:abc"));
    }

    [PostgresFact]
    public async Task Prune_PastTheCapacity_KeepsTheTableBounded()
    {
        await using var replica = await Replica.StartAsync(_database.ConnectionString, _time, new Dictionary<string, string?> { ["Store:MaxSharedEntries"] = "1000" });
        var store = replica.Get<PostgresExpiringStore>();
        store.PruneInterval = 100;

        for (var i = 0; i < 1500; i++)
        {
            store.TryClaim(new ExpiringKey($"k{i}", TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(i)));
        }

        var rows = await _database.ScalarAsync<long>("SELECT count(*) FROM careerbot_expiring");
        Assert.InRange(rows, 900, 1000);

        // The ones closest to expiry went first: the newest claim is still remembered, the oldest is not.
        Assert.False(_a.Get<IExpiringKeySet>().TryClaim(new ExpiringKey("k1499", Window)));
        Assert.True(_a.Get<IExpiringKeySet>().TryClaim(new ExpiringKey("k0", Window)));
    }
}
