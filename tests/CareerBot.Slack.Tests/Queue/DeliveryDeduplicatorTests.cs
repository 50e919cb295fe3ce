using CareerBot.Slack.Configuration;
using CareerBot.Slack.Queue;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Slack.Tests.Queue;

public sealed class DeliveryDeduplicatorTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly DeliveryDeduplicator _deduplicator;

    public DeliveryDeduplicatorTests() =>
        _deduplicator = new DeliveryDeduplicator(_clock, Options.Create(new SlackOptions { DeduplicationWindow = TimeSpan.FromMinutes(15) }));

    [Fact]
    public void SameEventId_IsADuplicate()
    {
        Assert.True(_deduplicator.TryClaim(new DeliveryKey("event:Ev1")));
        Assert.False(_deduplicator.TryClaim(new DeliveryKey("event:Ev1")));
    }

    [Fact]
    public void NewEventIdForTheSameMessage_IsADuplicate_AndItsOwnRetryToo()
    {
        Assert.True(_deduplicator.TryClaim(new DeliveryKey("event:Ev1"), new DeliveryKey("message:C1:1.1")));

        Assert.False(_deduplicator.TryClaim(new DeliveryKey("event:Ev2"), new DeliveryKey("message:C1:1.1")));
        Assert.False(_deduplicator.TryClaim(new DeliveryKey("event:Ev2")));
    }

    [Fact]
    public void Deliveries_AreRememberedForTheWindow_ThenForgotten()
    {
        _deduplicator.TryClaim(new DeliveryKey("event:Ev1"));

        _clock.Advance(TimeSpan.FromMinutes(14));
        Assert.False(_deduplicator.TryClaim(new DeliveryKey("event:Ev1")));

        _clock.Advance(TimeSpan.FromMinutes(16));
        Assert.True(_deduplicator.TryClaim(new DeliveryKey("event:Ev1")));
    }

    [Fact]
    public void LongerLifetime_OutlivesTheWindow()
    {
        _deduplicator.TryClaim(new DeliveryKey("greet:C1:U1", TimeSpan.FromDays(1)));

        _clock.Advance(TimeSpan.FromHours(20));

        Assert.False(_deduplicator.TryClaim(new DeliveryKey("greet:C1:U1")));
    }

    [Fact]
    public void ReleasedDelivery_IsNewAgain()
    {
        _deduplicator.TryClaim(new DeliveryKey("event:Ev1"), new DeliveryKey("message:C1:1.1"));

        _deduplicator.Release(new DeliveryKey("event:Ev1"), new DeliveryKey("message:C1:1.1"));

        Assert.True(_deduplicator.TryClaim(new DeliveryKey("event:Ev1"), new DeliveryKey("message:C1:1.1")));
    }

    [Fact]
    public void AtTheCap_TheOldestAreForgotten_InOneBatch_SoTheNextClaimsDoNotPruneAgain()
    {
        var deduplicator = new DeliveryDeduplicator(_clock, Options.Create(new SlackOptions { DeduplicationWindow = TimeSpan.FromMinutes(15) }), capacity: 100);
        for (var i = 0; i < 100; i++)
        {
            Assert.True(deduplicator.TryClaim(new DeliveryKey($"event:Ev{i}")));
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(100, deduplicator.Count);

        // One over the cap: trimmed to 90% at once (the 11 oldest go), not to exactly the cap on every claim.
        Assert.True(deduplicator.TryClaim(new DeliveryKey("event:Ev100")));
        Assert.Equal(90, deduplicator.Count);
        for (var i = 101; i < 111; i++)
        {
            Assert.True(deduplicator.TryClaim(new DeliveryKey($"event:Ev{i}")));
        }

        Assert.Equal(100, deduplicator.Count);

        // The newest are still remembered; only the oldest were forgotten.
        Assert.False(deduplicator.TryClaim(new DeliveryKey("event:Ev11")));
        Assert.False(deduplicator.TryClaim(new DeliveryKey("event:Ev110")));
        Assert.True(deduplicator.TryClaim(new DeliveryKey("event:Ev10")));
    }
}
