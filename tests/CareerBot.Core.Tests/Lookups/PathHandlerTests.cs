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
        Assert.Equal(["Junior ML Engineer", "Senior ML Engineer", "Lead ML Engineer", "ML Architect", "AI/ML Director"], reply.Table!.Rows.Select(r => r[1]));
        Assert.Contains("Project portfolio", text, StringComparison.Ordinal);
        Assert.Equal("not given", reply.Table!.Rows[3][2]);
        Assert.Equal("$160,000-$200,000+", reply.Table.Rows[1][2]);
    }

    [Theory]
    [InlineData("path from senior", "After Senior ML Engineer comes Lead ML Engineer.")]
    [InlineData("path from architect", "After ML Architect comes AI/ML Director.")]
    [InlineData("path from director", "AI/ML Director is the top of the career ladder in the guide")]
    [InlineData("what comes after lead", "After Lead ML Engineer comes ML Architect.")]
    [InlineData("what role comes before ML architect", "Before ML Architect comes Lead ML Engineer.")]
    [InlineData("path from mid", "After Junior ML Engineer comes Senior ML Engineer")]
    public async Task Path_FromALevel_SaysWhatComesNext(string question, string expected)
    {
        Assert.Contains(expected, await ShippedKnowledge.AskTextAsync(question), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("path from senior", new[] { "Senior ML Engineer", "Lead ML Engineer", "ML Architect", "AI/ML Director" })]
    [InlineData("path from director", new[] { "Junior ML Engineer", "Senior ML Engineer", "Lead ML Engineer", "ML Architect", "AI/ML Director" })]
    [InlineData("what role comes before ML architect", new[] { "Junior ML Engineer", "Senior ML Engineer", "Lead ML Engineer", "ML Architect" })]
    [InlineData("how many steps are there between junior and director?", new[] { "Junior ML Engineer", "Senior ML Engineer", "Lead ML Engineer", "ML Architect", "AI/ML Director" })]
    public async Task Path_TheStepsShownAreTheTablesRows(string question, string[] steps)
    {
        Assert.Equal(steps, (await ShippedKnowledge.AskAsync(question)).Table!.Rows.Select(r => r[1]));
    }

    /// <summary>
    /// No answer shows the same data twice: the ladder (or the salary levels) is the table, and no sentence or list
    /// above it names the table's rows again. Naming the one or two rungs the question is about is the answer itself.
    /// </summary>
    [Theory]
    [InlineData("path")]
    [InlineData("path from junior")]
    [InlineData("path from senior")]
    [InlineData("path from director")]
    [InlineData("path from wizard")]
    [InlineData("what role comes before ML architect")]
    [InlineData("which comes first, ML architect or lead ML engineer?")]
    [InlineData("how many steps are there between junior and director?")]
    [InlineData("where does the ML engineering ladder begin?")]
    [InlineData("salary")]
    [InlineData("salary compare entry mid")]
    [InlineData("salary compare entry senior lead")]
    [InlineData("compare pay across levels")]
    public async Task Reply_WithATable_DoesNotListTheTablesRowsAgain(string question)
    {
        var reply = await ShippedKnowledge.AskAsync(question);

        Assert.NotNull(reply.Table);
        var column = reply.Table.Columns.ToList().FindIndex(c => c is "Role" or "Level");
        var names = reply.Table.Rows.Select(r => r[column]).ToArray();
        foreach (var block in reply.Paragraphs)
        {
            var said = string.Join("\n", block.Items.Prepend(block.Text));
            var named = names.Where(n => said.Contains(n, StringComparison.Ordinal)).ToArray();
            Assert.True(named.Length <= 2, $"'{said}' names {named.Length} of the table's rows ({string.Join(", ", named)})");
        }
    }

    [Fact]
    public async Task Path_UnknownLevel_SaysSoAndShowsTheLadder()
    {
        var text = await ShippedKnowledge.AskTextAsync("path from wizard");

        Assert.Contains("I don't know the level \"wizard\"", text, StringComparison.Ordinal);
        Assert.Contains("AI/ML Director", text, StringComparison.Ordinal);
    }
}
