using System.Text.Json;
using CareerBot.Adapters.Digest;
using CareerBot.Adapters.Feedback;
using CareerBot.Core.Replies;
using CareerBot.Slack.Digest;
using CareerBot.Slack.Tests.Peers;
using CareerBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Slack.Tests.Digest;

/// <summary>The weekly digest on Slack: rendered inert, and posted once with chat.postMessage when its time comes.</summary>
public sealed class SlackDigestPosterTests : IDisposable
{
    private const string Hostile = "<!channel> @everyone @here <@U0BOSS> <https://evil.example|click> ``` *bold*";
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-slack-digest-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void TheUsersWords_CanNeverPingOrLink_TheTableStaysFenced()
    {
        var message = SlackDigestPoster.Render(new WeeklyDigest("CareerBot weekly digest", ["Top unanswered questions", UserText.Mark(Hostile) + "  3"]));

        var table = JsonSerializer.SerializeToElement(message.Blocks[1], SlackJson.Options).GetProperty("text").GetProperty("text").GetString()!;
        Assert.StartsWith("```\nTop unanswered questions\n", table, StringComparison.Ordinal);
        Assert.EndsWith("  3\n```", table, StringComparison.Ordinal);
        Assert.Equal(2, table.Split("```").Length - 1);
        Assert.DoesNotContain("<", table, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", table, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", table, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", table, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", table, StringComparison.Ordinal);
        Assert.Equal("CareerBot weekly digest", message.Text);
    }

    [Fact]
    public async Task AtTheOccurrence_ExactlyOneDigestIsPosted_ToTheConfiguredChannel()
    {
        await using var slack = await FakeSlack.StartAsync();
        var time = new FakeTimeProvider(Start);
        await using var bot = await BotUnderTest.StartAsync(
            slack,
            new()
            {
                ["Store:Path"] = Path.Combine(_folder, "careerbot.db"),
                ["Store:UserKey"] = "a-slack-digest-key-long-enough-0123456789",
                ["Report:DigestChannel:Slack"] = "C0ADMINS",
            },
            configure: builder =>
            {
                builder.Services.AddFeedbackRecording(builder.Configuration);
                builder.Services.AddCareerBotStorageHosting();
                builder.Services.AddWeeklyDigest(builder.Configuration);
                builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
            });
        var store = bot.Services.GetRequiredService<IFeedbackStore>();
        await store.RecordQuestionAsync(
            new QuestionRecord(AnswerIds.New(), Start, "slack", null, Hostile, "ask", false, null, "I don't know that one", TimeSpan.Zero), CancellationToken.None);
        await store.RecordQuestionAsync(
            new QuestionRecord(AnswerIds.New(), Start, "slack", null, "salary senior", "salary", true, "Guide › Salary", "Senior ML Engineer salary", TimeSpan.Zero), CancellationToken.None);
        await WaitForScheduledAsync(bot, 1);
        Assert.Empty(slack.CallsTo("chat.postMessage"));

        time.Advance(Due - time.GetUtcNow());
        await WaitForScheduledAsync(bot, 2);

        var post = Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Equal("Bearer " + BotUnderTest.BotToken, post.Authorization);
        Assert.Equal("C0ADMINS", post.Json.GetProperty("channel").GetString());
        var texts = RecordedCall.Strings(post.Json).ToList();
        Assert.Contains("CareerBot weekly digest: Mon 2026-11-30 09:00 to Mon 2026-12-07 09:00 (UTC)", texts);
        var table = string.Join('\n', texts.Where(text => text.StartsWith("```", StringComparison.Ordinal)));
        Assert.Contains("Questions   2", table, StringComparison.Ordinal);
        Assert.Contains("Answered    1 (50%)", table, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", table, StringComparison.Ordinal);
        Assert.DoesNotContain(texts, text => text.Contains("<!channel>", StringComparison.Ordinal) || text.Contains("@everyone", StringComparison.Ordinal));
        Assert.False(post.Json.GetProperty("unfurl_links").GetBoolean());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The service logs "due at" once its timer is set: then advancing the clock reaches it.</summary>
    private static async Task WaitForScheduledAsync(BotUnderTest bot, int count)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3)); // a guard against a hang, not a time limit
        while (bot.Logs.Entries.Count(entry => entry.EventId.Id == 4201) < count)
        {
            await Task.Delay(10, guard.Token);
        }
    }
}
