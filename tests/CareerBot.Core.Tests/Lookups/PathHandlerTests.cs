using CareerBot.Core.Replies;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Lookups;

public sealed class PathHandlerTests
{
    [Fact]
    public async Task Path_NoLevel_ShowsTheLadderInOrderWithEntryRequirements()
    {
        var reply = await ShippedKnowledge.AskAsync("path");
        var text = PlainTextRenderer.Render(reply);

        Assert.Equal(Intent.Path, reply.Intent);
        Assert.Contains("Junior ML Engineer → Senior ML Engineer → Lead ML Engineer → ML Architect → AI/ML Director", text, StringComparison.Ordinal);
        Assert.Contains("Project portfolio", text, StringComparison.Ordinal);
        Assert.Equal("not given", reply.Table!.Rows[3][2]);
        Assert.Equal("$160,000-$200,000+", reply.Table.Rows[1][2]);
    }

    [Theory]
    [InlineData("path from senior", "After Senior ML Engineer comes Lead ML Engineer, then ML Architect and AI/ML Director.")]
    [InlineData("path from architect", "After ML Architect comes AI/ML Director.")]
    [InlineData("path from director", "AI/ML Director is the top of the career ladder in the guide")]
    [InlineData("what comes after lead", "After Lead ML Engineer comes ML Architect, then AI/ML Director.")]
    [InlineData("what role comes before ML architect", "Before ML Architect comes Lead ML Engineer.")]
    [InlineData("path from mid", "After Junior ML Engineer comes Senior ML Engineer")]
    public async Task Path_FromALevel_SaysWhatComesNext(string question, string expected)
    {
        Assert.Contains(expected, await ShippedKnowledge.AskTextAsync(question), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_UnknownLevel_SaysSoAndShowsTheLadder()
    {
        var text = await ShippedKnowledge.AskTextAsync("path from wizard");

        Assert.Contains("I don't know the level \"wizard\"", text, StringComparison.Ordinal);
        Assert.Contains("AI/ML Director", text, StringComparison.Ordinal);
    }
}
