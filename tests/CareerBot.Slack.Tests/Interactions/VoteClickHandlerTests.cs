using System.Net;
using System.Text.Json;
using CareerBot.Adapters.Feedback;
using CareerBot.Slack.Tests.Peers;
using CareerBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Slack.Tests.Interactions;

/// <summary>Helpful / Not helpful through the real endpoints: a slash command's answer carries them, clicks are recorded.</summary>
public sealed class VoteClickHandlerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-slack-votes-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "careerbot.db");

    [Fact]
    public async Task AnAnswersButtons_RecordOneVotePerPerson_ASecondClickChangesIt()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await StartAsync(slack);

        var (helpful, notHelpful) = await AskAsync(bot, "salary senior");
        // The record was committed before the answer was sent.
        Assert.Equal(1L, Scalar($"SELECT COUNT(*) FROM questions WHERE answer_id = '{AnswerIdOf(helpful)}' AND platform = 'slack' AND intent = 'salary'"));
        Assert.Equal(AnswerIdOf(helpful), AnswerIdOf(notHelpful));

        Assert.Equal(FeedbackVotes.ThanksHelpful, await ClickAsync(bot, slack, "careerbot.feedback.helpful", helpful, "U0ALICE", "1.1"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM votes WHERE helpful = 1"));
        Assert.Equal(FeedbackVotes.ChangedToNotHelpful, await ClickAsync(bot, slack, "careerbot.feedback.not_helpful", notHelpful, "U0ALICE", "1.2"));
        Assert.Equal(FeedbackVotes.AlreadyNotHelpful, await ClickAsync(bot, slack, "careerbot.feedback.not_helpful", notHelpful, "U0ALICE", "1.3"));
        Assert.Equal(FeedbackVotes.ThanksHelpful, await ClickAsync(bot, slack, "careerbot.feedback.helpful", helpful, "U0BOB", "1.4"));

        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM votes"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM votes WHERE helpful = 0"));
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM votes WHERE user_hash LIKE '%U0%'"));
        var report = await bot.Services.GetRequiredService<IFeedbackReport>().ReadAsync(new ReportQuery(), CancellationToken.None);
        Assert.Equal(new VoteTotals(1, 1), report.Votes);
    }

    [Fact]
    public async Task ShareInChannel_RecordsNoNewQuestion_TheSharedCopysVotesGoToTheAnswer()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await StartAsync(slack);
        using var response = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("salary senior", slack.ResponseUrl("ask-1")), SlackRequests.FormContentType);
        var body = await response.Content.ReadAsStringAsync();
        // Inline, or on the response_url when a loaded machine took longer than the budget.
        var answer = body.Length > 0 ? JsonDocument.Parse(body).RootElement : (await slack.WaitForCallsAsync("response_url")).Single(call => call.Path == "/hooks/ask-1").Json;
        var answerId = AnswerIdOf(RecordedCall.Strings(answer).First(text => text.StartsWith("fb:y:", StringComparison.Ordinal)));
        var share = answer.GetProperty("blocks").EnumerateArray()
            .SelectMany(block => block.TryGetProperty("elements", out var elements) ? elements.EnumerateArray().ToList() : [])
            .Single(element => element.TryGetProperty("action_id", out var id) && id.GetString() == "careerbot.share")
            .GetProperty("value").GetString()!;
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM questions"));

        var before = slack.CallsTo("response_url").Count;
        using var click = await bot.PostSignedAsync(
            "/slack/interactions", SlackRequests.Interaction(SlackRequests.BlockActions("careerbot.share", share, slack.ResponseUrl("share-1"), user: "U0ALICE", actionTs: "4.1")), SlackRequests.FormContentType);
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var posted = (await slack.WaitForCallsAsync("response_url", before + 2)).Where(call => call.Path == "/hooks/share-1").Select(call => call.Json).ToList();

        var shared = Assert.Single(posted, json => json.TryGetProperty("response_type", out var type) && type.GetString() == "in_channel");
        Assert.Contains(RecordedCall.Strings(shared), text => text.Contains("$160,000", StringComparison.Ordinal));
        Assert.Contains(FeedbackButtons.Encode(helpful: false, answerId), RecordedCall.Strings(shared));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM questions"));
        var report = await bot.Services.GetRequiredService<IFeedbackReport>().ReadAsync(new ReportQuery(), CancellationToken.None);
        Assert.Equal(1, report.Questions);
    }

    [Fact]
    public async Task AClickOnAnAnswerNoLongerKept_GetsAPoliteReply()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await StartAsync(slack);

        var thanks = await ClickAsync(bot, slack, "careerbot.feedback.helpful", FeedbackButtons.Encode(helpful: true, AnswerIds.New()), "U0ALICE", "2.1");

        Assert.Equal("Thanks! This answer is older than 90 days, so it can no longer be voted on. Ask again for a fresh one.", thanks);
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM votes"));
    }

    [Fact]
    public async Task AMalformedVoteButton_IsAnsweredPolitely_NothingRecorded()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await StartAsync(slack);

        var thanks = await ClickAsync(bot, slack, "careerbot.feedback.helpful", "fb:y:'; DROP TABLE votes; --", "U0ALICE", "3.1");

        Assert.Equal(FeedbackVotes.BrokenButton, thanks);
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM votes"));
    }

    [Fact]
    public async Task WithoutTheStore_AnswersHaveNoFeedbackButtons()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        using var response = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("salary senior"), SlackRequests.FormContentType);

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(RecordedCall.Strings(body), text => text == "careerbot.share");
        Assert.DoesNotContain(RecordedCall.Strings(body), text => text.StartsWith("careerbot.feedback", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string AnswerIdOf(string token) => FeedbackButtons.Decode(token)!.AnswerId;

    private Task<BotUnderTest> StartAsync(FakeSlack slack) => BotUnderTest.StartAsync(
        slack,
        new() { ["Store:Path"] = DatabasePath, ["Store:UserKey"] = "a-slack-test-key-long-enough-0123456789" },
        configure: builder =>
        {
            builder.Services.AddFeedbackRecording(builder.Configuration);
            builder.Services.AddCareerBotStorageHosting();
        });

    private static async Task<(string Helpful, string NotHelpful)> AskAsync(BotUnderTest bot, string question)
    {
        using var response = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand(question), SlackRequests.FormContentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var feedback = body.GetProperty("blocks").EnumerateArray().Single(block => block.TryGetProperty("block_id", out var id) && id.GetString() == "careerbot.feedback");
        var buttons = feedback.GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(["Helpful", "Not helpful"], buttons.Select(button => button.GetProperty("text").GetProperty("text").GetString()));
        Assert.Equal(["careerbot.feedback.helpful", "careerbot.feedback.not_helpful"], buttons.Select(button => button.GetProperty("action_id").GetString()));
        return (buttons[0].GetProperty("value").GetString()!, buttons[1].GetProperty("value").GetString()!);
    }

    /// <summary>One click; returns the thanks sent to its response_url (clicks are made one after another).</summary>
    private static async Task<string> ClickAsync(BotUnderTest bot, FakeSlack slack, string actionId, string value, string user, string actionTs)
    {
        var hook = "vote-" + actionTs;
        var before = slack.CallsTo("response_url").Count;
        using var response = await bot.PostSignedAsync(
            "/slack/interactions", SlackRequests.Interaction(SlackRequests.BlockActions(actionId, value, slack.ResponseUrl(hook), user: user, actionTs: actionTs)), SlackRequests.FormContentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await slack.WaitForCallsAsync("response_url", before + 1);
        var thanks = calls.Single(call => call.Path == "/hooks/" + hook);
        Assert.Equal("ephemeral", thanks.Json.GetProperty("response_type").GetString());
        Assert.False(thanks.Json.GetProperty("replace_original").GetBoolean());
        return thanks.Json.GetProperty("text").GetString()!;
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
