using CareerBot.Core.Replies;

namespace CareerBot.Core.Tests.Replies;

public sealed class PlainTextRendererTests
{
    [Fact]
    public void Render_EveryPartOfTheReply_InReadingOrder()
    {
        var reply = new Reply(
            Intent.Salary,
            true,
            "Title",
            [ReplyBlock.Prose("Intro."), ReplyBlock.List("Lead:", ["one", "two"])],
            new ReplyTable(["Level", "Range"], [["Senior", "$1-$2"], ["Lead/Principal", "$3+"]]),
            [new ReplyField("Basis", "2025 median")],
            [new SourceRef("Guide", "Salary Expectations", 1)],
            [new FollowUp("All", "salary")],
            "A note.");

        Assert.Equal(
            """
            Title

            Intro.

            Lead:
              - one
              - two

            Level           Range
            --------------  -----
            Senior          $1-$2
            Lead/Principal  $3+

            Basis: 2025 median

            A note.

            Source: Guide › Salary Expectations
            Try: salary
            """.ReplaceLineEndings(),
            PlainTextRenderer.Render(reply));
    }
}
