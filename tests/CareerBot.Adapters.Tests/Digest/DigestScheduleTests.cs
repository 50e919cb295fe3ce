using CareerBot.Adapters.Digest;

namespace CareerBot.Adapters.Tests.Digest;

public sealed class DigestScheduleTests
{
    [Fact]
    public void TheDefault_IsMondayAtNine_Utc()
    {
        var schedule = DigestSchedule.From(new DigestOptions());

        // Sunday 2026-12-06 12:00 UTC: the next Monday, 09:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero), schedule.Next(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero)));
        // Strictly after: at 09:00 on a Monday, the next is a week later.
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 9, 0, 0, TimeSpan.Zero), schedule.Next(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void InANamedZone_NineStaysNineLocal_AcrossTheSpringChange()
    {
        var schedule = DigestSchedule.From(new DigestOptions { TimeZone = "Europe/Berlin" });

        // Monday 2026-03-23 09:00 CET (UTC+1) has just been posted; the clocks go forward on Sunday 2026-03-29.
        var next = schedule.Next(new DateTimeOffset(2026, 3, 23, 9, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(TimeSpan.FromHours(2), next!.Value.Offset);
        Assert.Equal(TimeSpan.FromDays(7) - TimeSpan.FromHours(1), next.Value - new DateTimeOffset(2026, 3, 23, 9, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void InANamedZone_NineStaysNineLocal_AcrossTheAutumnChange()
    {
        var schedule = DigestSchedule.From(new DigestOptions { TimeZone = "America/New_York" });

        // Monday 2026-10-26 09:00 EDT (UTC-4); the clocks go back on Sunday 2026-11-01.
        var next = schedule.Next(new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.FromHours(-4)));

        Assert.Equal(new DateTimeOffset(2026, 11, 2, 14, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(TimeSpan.FromHours(-5), next!.Value.Offset);
    }

    [Fact]
    public void ATimeTheChangeSkips_IsTakenAtTheFirstMomentAfterIt()
    {
        var schedule = DigestSchedule.From(new DigestOptions { DigestCron = "30 2 * * 0", TimeZone = "Europe/Berlin" });

        // Sunday 2026-03-29 02:30 does not exist in Berlin (02:00 -> 03:00): the digest goes at 03:00 CEST, 01:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), schedule.Next(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void AnExpressionThatNeverFires_HasNoNextOccurrence()
    {
        var schedule = DigestSchedule.From(new DigestOptions { DigestCron = "0 9 30 2 *" });

        Assert.Null(schedule.Next(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }
}
