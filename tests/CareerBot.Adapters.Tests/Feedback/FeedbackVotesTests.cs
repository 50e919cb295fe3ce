using CareerBot.Adapters.Feedback;
using CareerBot.Core.Routing;
using CareerBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Adapters.Tests.Feedback;

public sealed class FeedbackVotesTests
{
    [Fact]
    public async Task OneVotePerUserPerAnswer_ASecondClickChangesIt()
    {
        await using var harness = await FeedbackHarness.StartAsync();
        var reply = await harness.Responder.RespondAsync(new ChatRequest("salary senior", "slack", "U0ALICE"), CancellationToken.None);
        var id = reply.AnswerId!;

        Assert.Equal(FeedbackVotes.ThanksHelpful, await harness.Votes.VoteAsync("slack", "U0ALICE", new FeedbackClick(id, true), CancellationToken.None));
        Assert.Equal(FeedbackVotes.AlreadyHelpful, await harness.Votes.VoteAsync("slack", "U0ALICE", new FeedbackClick(id, true), CancellationToken.None));
        Assert.Equal(FeedbackVotes.ChangedToNotHelpful, await harness.Votes.VoteAsync("slack", "U0ALICE", new FeedbackClick(id, false), CancellationToken.None));
        Assert.Equal(FeedbackVotes.ThanksNotHelpful, await harness.Votes.VoteAsync("slack", "U0BOB", new FeedbackClick(id, false), CancellationToken.None));

        var votes = harness.Rows("SELECT user_hash, helpful FROM votes ORDER BY user_hash");
        Assert.Equal(2, votes.Count);
        Assert.All(votes, vote => Assert.Equal(0L, vote["helpful"]));
        Assert.DoesNotContain(votes, vote => ((string)vote["user_hash"]!).Contains("U0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AVoteOnAnAnswerPastRetention_GetsAPoliteReply()
    {
        await using var harness = await FeedbackHarness.StartAsync();
        var reply = await harness.Responder.RespondAsync(new ChatRequest("salary senior", "slack", "U0ALICE"), CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromDays(31));
        await harness.Services.GetRequiredService<IFeedbackStore>().DeleteOlderThanAsync(harness.Time.GetUtcNow().AddDays(-30), CancellationToken.None);

        var thanks = await harness.Votes.VoteAsync("slack", "U0ALICE", new FeedbackClick(reply.AnswerId!, false), CancellationToken.None);

        Assert.Equal("Thanks! This answer is older than 30 days, so it can no longer be voted on. Ask again for a fresh one.", thanks);
        Assert.Empty(harness.Rows("SELECT * FROM votes"));
    }
}
