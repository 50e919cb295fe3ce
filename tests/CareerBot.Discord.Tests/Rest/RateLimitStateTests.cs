using CareerBot.Discord.Rest;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Rest;

public sealed class RateLimitStateTests
{
    [Fact]
    public void BucketFor_ManyInteractionsAnswered_KeepsOnlyTheBucketsStillLimited()
    {
        var time = new FakeTimeProvider();
        var state = new RateLimitState(time);

        for (var i = 0; i < 20_000; i++)
        {
            var route = Callback(i);
            var bucket = state.Learn(route, "callback-hash", state.BucketFor(route));
            bucket.ResetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(500);
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.InRange(state.BucketCount, 1, 2 * RateLimitState.SweepThreshold);
        Assert.Equal(1, state.RouteCount);
    }

    [Fact]
    public void BucketFor_BucketStillLimited_IsNotEvicted()
    {
        var time = new FakeTimeProvider();
        var state = new RateLimitState(time);
        var limited = state.BucketFor(Message("1"));
        limited.Remaining = 0;
        limited.ResetAt = time.GetUtcNow() + TimeSpan.FromMinutes(1);

        for (var i = 0; i < 3 * RateLimitState.SweepThreshold; i++)
        {
            state.BucketFor(Callback(i));
        }

        Assert.Same(limited, state.BucketFor(Message("1")));
    }

    private static DiscordRoute Callback(int i) =>
        new(HttpMethod.Post, "interactions/{interaction_id}/{token}/callback", i.ToString(System.Globalization.CultureInfo.InvariantCulture), UsesBotToken: false);

    private static DiscordRoute Message(string channel) => new(HttpMethod.Post, "channels/{channel_id}/messages", channel, UsesBotToken: true);
}
