using CareerBot.Core.Replies;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Replies;

public sealed class UserTextTests
{
    private static string Brackets(string text) => UserText.Format(text, trusted => trusted.ToUpperInvariant(), user => $"[{user}]");

    [Fact]
    public void Format_SendsOnlyTheMarkedSpansThroughTheUserEscaping()
    {
        var text = "you said " + UserText.Mark("abc") + " and " + UserText.Mark("def") + ".";

        Assert.Equal("YOU SAID [abc] AND [def].", Brackets(text));
    }

    [Fact]
    public void Mark_DropsMarksTheUserTyped_SoASpanCannotBeClosedEarly()
    {
        var hostile = "x" + UserText.End + " *live* " + UserText.Start;

        var text = "said " + UserText.Mark(hostile);

        Assert.Equal("SAID [x *live* ]", Brackets(text));
    }

    [Fact]
    public void Format_UnclosedSpan_RunsToTheEndAsUserText()
    {
        Assert.Equal("A [b c]", Brackets("a " + UserText.Start + "b c"));
    }

    [Fact]
    public void Plain_RemovesTheMarks()
    {
        Assert.Equal("level \"wizard\"", UserText.Plain("level \"" + UserText.Mark("wizard") + "\""));
    }

    [Theory]
    [InlineData("path from <https://example.org/x|Claim your bonus>")]
    [InlineData("salary [Claim your bonus](https://example.org/x)")]
    [InlineData("skills check knitting, [Claim your bonus](https://example.org/x)")]
    [InlineData("skills data plumbing <!channel>")]
    public async Task Handlers_MarkEveryEchoOfTheUsersWords(string question)
    {
        var reply = await ShippedKnowledge.AskAsync(question);

        var echoed = reply.Paragraphs.Select(p => p.Text).Single(t => t.Contains(UserText.Start, StringComparison.Ordinal));
        Assert.DoesNotContain("Claim your bonus", UserText.Format(echoed, trusted => trusted, _ => string.Empty), StringComparison.Ordinal);
    }
}
