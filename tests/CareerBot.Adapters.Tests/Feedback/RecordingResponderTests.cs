using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Storage;

namespace CareerBot.Adapters.Tests.Feedback;

public sealed class RecordingResponderTests
{
    [Fact]
    public async Task AnAnswer_IsCommittedBeforeItIsReturned_WithTheIdItsButtonsCarry()
    {
        await using var harness = await FeedbackHarness.StartAsync();

        var reply = await harness.Responder.RespondAsync(new ChatRequest("<@U0BOT> how much does a senior make?", "slack", "U0ALICE"), CancellationToken.None);

        Assert.True(AnswerIds.IsValid(reply.AnswerId));
        var row = Assert.Single(harness.Rows("SELECT * FROM questions"));
        Assert.Equal(reply.AnswerId, row["answer_id"]);
        Assert.Equal(harness.Time.GetUtcNow().ToUnixTimeMilliseconds(), row["asked_at"]);
        Assert.Equal("slack", row["platform"]);
        Assert.Equal("how much does a senior make?", row["text"]);
        Assert.Equal("salary", row["intent"]);
        Assert.Equal(1L, row["answered"]);
        Assert.Equal("Career Prospects › Salary Expectations", row["top_source"]);
        Assert.Equal("Senior ML Engineer salary", row["answer_title"]);
    }

    [Fact]
    public async Task NoPlatformIdIsStored_NotTheAskersNorAMentionedOne()
    {
        await using var harness = await FeedbackHarness.StartAsync();

        await harness.Responder.RespondAsync(new ChatRequest("ask <@U0BOB> about salaries", "slack", "U0ALICE"), CancellationToken.None);

        var row = Assert.Single(harness.Rows("SELECT * FROM questions"));
        Assert.Equal(new Storage.Users.UserHasher(System.Text.Encoding.UTF8.GetBytes(FeedbackHarness.UserKey)).Hash("slack", "U0ALICE"), row["user_hash"]);
        Assert.DoesNotContain(row.Values.OfType<string>(), value => value.Contains("U0ALICE", StringComparison.Ordinal) || value.Contains("U0BOB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithQuestionsOff_OnlyTheCountsAreStored()
    {
        await using var harness = await FeedbackHarness.StartAsync(settings: new() { ["Store:RecordQuestions"] = "false" });

        var reply = await harness.Responder.RespondAsync(new ChatRequest("my secret question", "discord", "42"), CancellationToken.None);

        Assert.NotNull(reply.AnswerId);
        var row = Assert.Single(harness.Rows("SELECT * FROM questions"));
        Assert.Null(row["text"]);
        Assert.Null(row["normalized"]);
        Assert.Null(row["user_hash"]);
        Assert.Equal("discord", row["platform"]);
    }

    [Fact]
    public async Task AShare_IsNotANewQuestion_ItCarriesTheSharedAnswersId()
    {
        await using var harness = await FeedbackHarness.StartAsync();
        var first = await harness.Responder.RespondAsync(new ChatRequest("salary senior", "slack", "U0ALICE"), CancellationToken.None);

        var shared = await harness.Responder.RespondAsync(
            new ChatRequest("salary senior", "slack", "U0ALICE") { IsShare = true, SharedAnswerId = first.AnswerId }, CancellationToken.None);
        var unknown = await harness.Responder.RespondAsync(new ChatRequest("salary senior", "discord", "42") { IsShare = true }, CancellationToken.None);

        Assert.Single(harness.Rows("SELECT * FROM questions"));
        Assert.Equal(first.AnswerId, shared.AnswerId);
        Assert.Null(unknown.AnswerId);
    }

    [Fact]
    public async Task RateLimitNotices_AreNotAnswers_NotRecorded_NoButtons()
    {
        await using var harness = await FeedbackHarness.StartAsync(_ => FeedbackHarness.Answer() with { Delivery = ReplyDelivery.RateLimitNotice });

        var reply = await harness.Responder.RespondAsync(new ChatRequest("salary", "slack", "U0ALICE"), CancellationToken.None);

        Assert.Null(reply.AnswerId);
        Assert.Empty(harness.Rows("SELECT * FROM questions"));
    }

    [Fact]
    public async Task WhenTheStoreFails_TheAnswerStillGoesOut_WithoutButtons()
    {
        await using var harness = await FeedbackHarness.StartAsync();
        await ((IAsyncDisposable)harness.Services.GetService(typeof(IFeedbackStore))!).DisposeAsync();

        var reply = await harness.Responder.RespondAsync(new ChatRequest("salary", "slack", "U0ALICE"), CancellationToken.None);

        Assert.Equal("Senior ML Engineer salary", reply.Title);
        Assert.Null(reply.AnswerId);
    }
}
