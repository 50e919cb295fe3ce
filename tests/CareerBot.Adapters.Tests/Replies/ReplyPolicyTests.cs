using CareerBot.Adapters.Replies;
using CareerBot.Core.Replies;

namespace CareerBot.Adapters.Tests.Replies;

public sealed class ReplyPolicyTests
{
    [Fact]
    public void SourceNames_DescribeEachSourceAsTheCoreDoes_WithoutBlanksOrRepeats()
    {
        var names = ReplyPolicy.SourceNames(
        [
            new SourceRef("Career Prospects", "Salary Expectations", 1.0),
            new SourceRef("Career Prospects", "Salary Expectations", 0.9),
            new SourceRef("Getting Started", "Getting Started", 0.8),
            new SourceRef("Skills", "  ", 0.7),
            new SourceRef(" ", "", 0.1),
        ]);

        Assert.Equal(["Career Prospects › Salary Expectations", "Getting Started", "Skills"], names);
    }

    [Fact]
    public void ShareCommand_OnlyForAnAnsweredReply_WithACommand()
    {
        Assert.Equal("salary senior", ReplyPolicy.ShareCommand(Reply(answered: true), "salary senior"));
        Assert.Null(ReplyPolicy.ShareCommand(Reply(answered: false), "banana bread"));
        Assert.Null(ReplyPolicy.ShareCommand(Reply(answered: true), " "));
        Assert.Null(ReplyPolicy.ShareCommand(Reply(answered: true), null));
    }

    [Fact]
    public void FeedbackAnswerId_ForEveryRecordedAnswer_NeverForNoticesOrUnrecordedReplies()
    {
        var id = Storage.AnswerIds.New();

        Assert.Equal(id, ReplyPolicy.FeedbackAnswerId(Reply(answered: true) with { AnswerId = id }));
        Assert.Equal(id, ReplyPolicy.FeedbackAnswerId(Reply(answered: false) with { AnswerId = id }));
        Assert.Null(ReplyPolicy.FeedbackAnswerId(Reply(answered: true)));
        Assert.Null(ReplyPolicy.FeedbackAnswerId(Reply(answered: true) with { AnswerId = id, Delivery = ReplyDelivery.RateLimitNotice }));
        Assert.Null(ReplyPolicy.FeedbackAnswerId(Reply(answered: true) with { AnswerId = "<not an id>" }));
    }

    [Fact]
    public void Apology_SaysSorryAndWhatToDo() =>
        Assert.Matches("^Sorry, .*try again", ReplyPolicy.Apology);

    private static Reply Reply(bool answered) => new(Intent.Ask, answered, "Title", [ReplyBlock.Prose("text")], null, [], [], []);
}
