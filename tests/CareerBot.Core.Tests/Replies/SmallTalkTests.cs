using CareerBot.Core.Replies;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Replies;

public sealed class SmallTalkTests
{
    [Theory]
    [InlineData("thanks", "You're welcome!")]
    [InlineData("Thank you!", "You're welcome!")]
    [InlineData("ok", "Anything else?")]
    [InlineData("cool", "Anything else?")]
    [InlineData("ok, thanks", "You're welcome!")]
    [InlineData("bye", "Goodbye!")]
    [InlineData("<@U123> thanks", "You're welcome!")]
    public async Task SmallTalk_GetsAShortFriendlyReply_NotTheWholeHelp(string said, string title)
    {
        var reply = await ShippedKnowledge.AskAsync(said);
        var text = PlainTextRenderer.Render(reply);

        Assert.Equal(title, reply.Title);
        Assert.True(reply.Answered);
        Assert.DoesNotContain("I don't know", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Topics in my guide", text, StringComparison.Ordinal);
        Assert.True(text.Split('\n').Length <= 5, text);
    }

    [Theory]
    [InlineData("ok, what about salaries?")]
    [InlineData("cool, what comes after senior")]
    [InlineData("thanks to AI, is ML a good career?")]
    public void SmallTalk_AQuestionStartingWithSuchAWord_IsNotSmallTalk(string said)
    {
        Assert.Null(SmallTalk.ReplyTo(said));
    }
}
