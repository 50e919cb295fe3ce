using System.Globalization;
using CareerBot.Discord.Onboarding;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Onboarding;

public sealed class WelcomeDeduplicatorTests
{
    [Fact]
    public void TryClaim_MoreJoinsThanCapacityInOneWindow_ForgetsTheOldestAndStaysBounded()
    {
        var time = new FakeTimeProvider();
        var deduplicator = new WelcomeDeduplicator(time, TestTuning.Fast());

        for (var i = 0; i < WelcomeDeduplicator.Capacity + 100; i++)
        {
            Assert.True(deduplicator.TryClaim("g", User(i)));
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(WelcomeDeduplicator.Capacity, deduplicator.Count);
        Assert.False(deduplicator.TryClaim("g", User(WelcomeDeduplicator.Capacity + 99)));
        Assert.True(deduplicator.TryClaim("g", User(0)));
    }

    [Fact]
    public void TryClaim_RepeatWithinTheWindow_IsIgnored_AndAfterItIsWelcomedAgain()
    {
        var time = new FakeTimeProvider();
        var tuning = TestTuning.Fast();
        var deduplicator = new WelcomeDeduplicator(time, tuning);

        Assert.True(deduplicator.TryClaim("g", "u"));
        Assert.False(deduplicator.TryClaim("g", "u"));
        time.Advance(tuning.WelcomeDedupeWindow);

        Assert.True(deduplicator.TryClaim("g", "u"));
        Assert.Equal(1, deduplicator.Count);
    }

    private static string User(int i) => i.ToString(CultureInfo.InvariantCulture);
}
