using CareerBot.Adapters.Digest;
using CareerBot.Adapters.Memory;
using CareerBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Adapters.Tests.Digest;

public sealed class WeeklyDigestServiceTests
{
    private const int Scheduled = 4201;
    private const int NotPosted = 4203;
    private const int Off = 4205;

    [Fact]
    public async Task WithNoChannel_NothingIsScheduled()
    {
        var slack = new RecordingPoster("Slack");
        await using var harness = new WeeklyDigestServiceHarness([], posters: slack);
        await harness.StartAsync();
        await harness.WaitForLogAsync(Off);

        harness.Time.Advance(TimeSpan.FromDays(8));

        await harness.Service.ExecuteTask!;
        Assert.Empty(slack.Posts);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), record => record.Id.Id == Scheduled);
    }

    [Fact]
    public async Task AtTheOccurrence_TheDigestIsPostedOnce_ToEachChannel()
    {
        var slack = new RecordingPoster("Slack");
        var discord = new RecordingPoster("Discord");
        await using var harness = new WeeklyDigestServiceHarness(
            new() { ["Report:DigestChannel:Slack"] = "C0ADMINS", ["Report:DigestChannel:Discord"] = "C42" }, posters: [slack, discord]);
        await harness.Store.InitializeAsync(CancellationToken.None);
        await harness.Store.RecordQuestionAsync(
            new QuestionRecord(AnswerIds.New(), WeeklyDigestServiceHarness.Start, "slack", null, "is there a visa programme?", "ask", false, null, "I don't know that one", TimeSpan.Zero),
            CancellationToken.None);
        await harness.StartAsync();
        await harness.WaitForLogAsync(Scheduled);

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(slack.Posts);
        harness.Time.Advance(WeeklyDigestServiceHarness.FirstDue - harness.Time.GetUtcNow());
        await harness.WaitForLogAsync(Scheduled, 2);

        var (channel, digest) = Assert.Single(slack.Posts);
        Assert.Equal("C0ADMINS", channel);
        Assert.Equal("CareerBot weekly digest: Mon 2026-11-30 09:00 to Mon 2026-12-07 09:00 (UTC)", digest.Heading);
        Assert.Contains(digest.Lines, line => line.Contains("is there a visa programme?", StringComparison.Ordinal));
        Assert.Equal("C42", Assert.Single(discord.Posts).Channel);
        Assert.Contains(harness.Logs.GetSnapshot(), record => record.Id.Id == Scheduled && record.Message.Contains("2026-12-14T09:00:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoReplicasSharingTheClaims_PostTheOccurrenceOnce()
    {
        var time = new FakeTimeProvider(WeeklyDigestServiceHarness.Start);
        var claims = new MemoryExpiringStore(time);
        var first = new RecordingPoster("Slack");
        var second = new RecordingPoster("Slack");
        var settings = new Dictionary<string, string?> { ["Report:DigestChannel:Slack"] = "C0ADMINS" };
        await using var replicaA = new WeeklyDigestServiceHarness(settings, time, claims, first);
        await using var replicaB = new WeeklyDigestServiceHarness(settings, time, claims, second);
        await replicaA.StartAsync();
        await replicaB.StartAsync();
        await replicaA.WaitForLogAsync(Scheduled);
        await replicaB.WaitForLogAsync(Scheduled);

        time.Advance(WeeklyDigestServiceHarness.FirstDue - time.GetUtcNow());
        await replicaA.WaitForLogAsync(Scheduled, 2);
        await replicaB.WaitForLogAsync(Scheduled, 2);

        Assert.Equal(1, first.Posts.Count + second.Posts.Count);
    }

    [Fact]
    public async Task AFailedPost_IsAWarning_AndIsPostedAtTheNextOccurrence_TheServiceKeepsRunning()
    {
        var slack = new RecordingPoster("Slack") { Fail = true };
        await using var harness = new WeeklyDigestServiceHarness(new() { ["Report:DigestChannel:Slack"] = "C0ADMINS" }, posters: slack);
        await harness.StartAsync();
        await harness.WaitForLogAsync(Scheduled);

        harness.Time.Advance(WeeklyDigestServiceHarness.FirstDue - harness.Time.GetUtcNow());
        await harness.WaitForLogAsync(Scheduled, 2);

        var warning = Assert.Single(harness.Logs.GetSnapshot(), record => record.Id.Id == NotPosted);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("Slack", warning.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(HttpRequestException), warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the platform is down", warning.Message, StringComparison.Ordinal);
        Assert.Null(warning.Exception);
        Assert.False(harness.Service.ExecuteTask!.IsCompleted);
        Assert.Empty(slack.Posts);

        slack.Fail = false;
        harness.Time.Advance(TimeSpan.FromDays(7));
        await harness.WaitForLogAsync(Scheduled, 3);

        Assert.Single(slack.Posts);
    }
}
