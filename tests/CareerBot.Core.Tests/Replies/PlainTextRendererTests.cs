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

    [Fact]
    public void RenderAnswer_LeavesOutRelatedPassagesNoteSourcesAndFollowUps()
    {
        var reply = new Reply(
            Intent.Ask,
            true,
            "Building Experience",
            [ReplyBlock.List("Gaining practical knowledge through:", ["Personal projects"]), ReplyBlock.List(ReplyBlock.RelatedLead, ["Career Benefits: salaries are high"])],
            null,
            [],
            [new SourceRef("Guide", "Building Experience", 1)],
            [new FollowUp("Career Benefits", "ask Career Benefits")],
            "A note.");

        Assert.Equal(
            """
            Building Experience

            Gaining practical knowledge through:
              - Personal projects
            """.ReplaceLineEndings(),
            PlainTextRenderer.RenderAnswer(reply));
        Assert.Contains("Career Benefits: salaries are high", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }
}
