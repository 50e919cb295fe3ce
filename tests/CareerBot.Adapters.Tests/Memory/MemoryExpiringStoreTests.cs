using System.Globalization;
using CareerBot.Adapters.Memory;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Adapters.Tests.Memory;

public sealed class MemoryExpiringStoreTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly FakeTimeProvider _clock = new();
    private readonly MemoryExpiringStore _store;

    public MemoryExpiringStoreTests() => _store = new MemoryExpiringStore(_clock);

    [Fact]
    public void TryClaim_SameKeyAgain_IsARepeat()
    {
        Assert.True(_store.TryClaim(Key("event:Ev1")));
        Assert.False(_store.TryClaim(Key("event:Ev1")));
    }

    [Fact]
    public void TryClaim_AnyKeyRemembered_MakesTheWholeClaimARepeat_AndRemembersTheNewKeysToo()
    {
        Assert.True(_store.TryClaim(Key("event:Ev1"), Key("message:C1:1.1")));

        Assert.False(_store.TryClaim(Key("event:Ev2"), Key("message:C1:1.1")));
        Assert.False(_store.TryClaim(Key("event:Ev2")));
    }

    [Fact]
    public void TryClaim_KeyIsRememberedForItsLifetime_ThenForgotten()
    {
        _store.TryClaim(Key("event:Ev1"));

        _clock.Advance(TimeSpan.FromMinutes(14));
        Assert.False(_store.TryClaim(Key("event:Ev1")));

        _clock.Advance(TimeSpan.FromMinutes(16));
        Assert.True(_store.TryClaim(Key("event:Ev1")));
    }

    [Fact]
    public void TryClaim_ExactlyAtExpiry_IsNewAgain()
    {
        _store.TryClaim(Key("welcome:g:u"));

        _clock.Advance(Window);

        Assert.True(_store.TryClaim(Key("welcome:g:u")));
        Assert.Equal(1, _store.Count);
    }

    [Fact]
    public void TryClaim_ShorterLifetimeLater_DoesNotShortenALongerOne()
    {
        _store.TryClaim(new ExpiringKey("greet:C1:U1", TimeSpan.FromDays(1)));

        _clock.Advance(TimeSpan.FromHours(20));

        Assert.False(_store.TryClaim(Key("greet:C1:U1")));
        _clock.Advance(TimeSpan.FromHours(3));
        Assert.False(_store.TryClaim(Key("greet:C1:U1")));
    }

    [Fact]
    public void Release_MakesTheKeysNewAgain()
    {
        _store.TryClaim(Key("event:Ev1"), Key("message:C1:1.1"));

        _store.Release("event:Ev1", "message:C1:1.1");

        Assert.True(_store.TryClaim(Key("event:Ev1"), Key("message:C1:1.1")));
    }

    [Fact]
    public void AtTheCap_TheSoonestToExpireAreForgotten_InOneBatch_SoTheNextWritesDoNotPruneAgain()
    {
        var store = new MemoryExpiringStore(_clock, capacity: 100);
        for (var i = 0; i < 100; i++)
        {
            Assert.True(store.TryClaim(Key(Event(i))));
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(100, store.Count);

        // One over the cap: trimmed to 90% at once (the 11 oldest go), not to exactly the cap on every write.
        Assert.True(store.TryClaim(Key(Event(100))));
        Assert.Equal(90, store.Count);
        for (var i = 101; i < 111; i++)
        {
            Assert.True(store.TryClaim(Key(Event(i))));
        }

        Assert.Equal(100, store.Count);
        Assert.False(store.TryClaim(Key(Event(11))));
        Assert.False(store.TryClaim(Key(Event(110))));
        Assert.True(store.TryClaim(Key(Event(10))));
    }

    [Fact]
    public void ManyWrites_ExpiredEntriesArePruned_WithoutReachingTheCap()
    {
        for (var i = 0; i < MemoryExpiringStore.PruneEvery - 1; i++)
        {
            _store.TryClaim(Key(Event(i)));
        }

        _clock.Advance(Window);

        // The sweep's turn: every claim above has expired.
        _store.Set("followup:k", "salary senior", Window);

        Assert.Equal(1, _store.Count);
    }

    [Fact]
    public void Values_AreFoundUntilTheyExpire()
    {
        _store.Set("followup:k1", "salary compare senior lead", TimeSpan.FromHours(1));

        Assert.Equal("salary compare senior lead", _store.Find("followup:k1"));
        Assert.Null(_store.Find("followup:other"));

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(_store.Find("followup:k1"));
    }

    [Fact]
    public void Values_AndClaims_ShareOneBound()
    {
        var store = new MemoryExpiringStore(_clock, capacity: 10);
        store.Set("followup:oldest", "help", Window);
        for (var i = 0; i < 10; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            store.TryClaim(Key(Event(i)));
        }

        Assert.Null(store.Find("followup:oldest"));
        Assert.InRange(store.Count, 9, 10);
    }

    private static ExpiringKey Key(string value) => new(value, Window);

    private static string Event(int i) => "event:Ev" + i.ToString(CultureInfo.InvariantCulture);
}
