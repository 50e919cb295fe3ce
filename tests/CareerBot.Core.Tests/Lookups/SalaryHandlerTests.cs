using CareerBot.Core.Replies;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Lookups;

public sealed class SalaryHandlerTests
{
    [Theory]
    [InlineData("salary entry", "Entry-level ML Engineer: $90,000-$120,000")]
    [InlineData("salary mid", "Mid-level ML Engineer: $120,000-$160,000")]
    [InlineData("salary senior", "Senior ML Engineer: $160,000-$200,000+")]
    [InlineData("salary lead", "Lead/Principal Engineer: $200,000-$300,000+")]
    [InlineData("salary principal", "Lead/Principal Engineer: $200,000-$300,000+")]
    [InlineData("salary junior", "Entry-level ML Engineer: $90,000-$120,000")]
    [InlineData("how much do senoir ml engineers make", "Senior ML Engineer: $160,000-$200,000+")]
    [InlineData("what does a mid-career MLE make?", "Mid-level ML Engineer: $120,000-$160,000")]
    [InlineData("what's the going rate for an ML engineer in the middle of their career, not junior not senior?", "Mid-level ML Engineer: $120,000-$160,000")]
    [InlineData("what does the level after senior earn?", "Lead/Principal Engineer: $200,000-$300,000+")] // the rung placed, not the one named
    [InlineData("I'm not a senior yet, what do mid-level MLEs earn?", "Mid-level ML Engineer: $120,000-$160,000")] // a level the asker is not: no comparison
    [InlineData("how much is the pay one step below senior on the ladder?", "Entry-level ML Engineer: $90,000-$120,000")]
    public async Task Salary_OneLevel_ShowsThatRangeAndSaysWhatTheFiguresAre(string question, string expected)
    {
        var reply = await ShippedKnowledge.AskAsync(question);
        var text = PlainTextRenderer.Render(reply);

        Assert.Equal(Intent.Salary, reply.Intent);
        Assert.True(reply.Answered);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("2025 median", text, StringComparison.Ordinal);
        Assert.Contains(reply.Sources, s => s.Section == "Salary Expectations");
    }

    [Theory]
    [InlineData("Do ML architects earn more than lead engineers?", "ML Architect")]
    [InlineData("how much more does a director make than a senior?", "AI/ML Director")]
    [InlineData("what does the role right after lead pay?", "ML Architect")] // the rung placed beside lead has none
    public async Task Salary_ARungWithoutAFigure_BesideABandWithOne_SaysTheGuideHasNone(string question, string rung)
    {
        var reply = await ShippedKnowledge.AskAsync(question);

        Assert.Equal((Intent.Salary, false), (reply.Intent, reply.Answered));
        Assert.Contains($"no salary figure for {rung}", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_TheMostSeniorBracket_IsTheTableWithItsTop_NotTheSeniorBand()
    {
        var reply = await ShippedKnowledge.AskAsync("what's the most senior pay bracket in the guide?");

        Assert.Equal((Intent.Salary, true), (reply.Intent, reply.Answered));
        Assert.Contains("$200,000-$300,000+", PlainTextRenderer.RenderAnswer(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_OnlyALevelTheAskerIsNot_ShowsEveryLevel()
    {
        var reply = await ShippedKnowledge.AskAsync("a few years in, not senior yet - what's the typical ML engineer pay?");

        Assert.Equal((Intent.Salary, true), (reply.Intent, reply.Answered));
        Assert.NotNull(reply.Table);
        Assert.Equal(4, reply.Table.Rows.Count);
    }

    [Fact]
    public async Task Salary_NoLevel_ShowsEveryLevelAsATable()
    {
        var reply = await ShippedKnowledge.AskAsync("salary");

        Assert.NotNull(reply.Table);
        Assert.Equal(["Entry-level ML Engineer", "Mid-level ML Engineer", "Senior ML Engineer", "Lead/Principal Engineer"], reply.Table!.Rows.Select(r => r[0]));
        Assert.Equal("$200,000-$300,000+", reply.Table.Rows[3][1]);
    }

    [Theory]
    [InlineData("is the pay for ML engineers competitive with other tech jobs?")]
    [InlineData("does ML engineering pay well?")]
    [InlineData("do ML engineers get paid well compared to other engineers?")]
    [InlineData("is the pay good overall?")] // the figures' own section is nearest; the guide's word on the pay comes next
    public async Task Salary_AYesOrNoJudgementOfThePay_LeadsWithTheGuidesOwnWordOnIt_ThenTheFigures(string question)
    {
        var reply = await ShippedKnowledge.AskAsync(question);
        var text = PlainTextRenderer.Render(reply);

        Assert.Equal(Intent.Salary, reply.Intent);
        Assert.Contains("Competitive Compensation: High base salaries", text, StringComparison.Ordinal);
        Assert.Contains("$160,000", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("High base salaries", StringComparison.Ordinal) < text.IndexOf("$160,000", StringComparison.Ordinal));
    }

    /// <summary>
    /// A yes-or-no judgement asked after what the message says about the asker: the question sentence opens it, so the
    /// guide's own word leads there too.
    /// </summary>
    [Fact]
    public async Task Salary_AJudgementAfterTheAskersStory_LeadsWithTheGuidesOwnWordOnIt()
    {
        var reply = await ShippedKnowledge.AskAsync("My nephew is finishing a maths degree and keeps talking about ML engineering. Is it a field with demand, and does it pay well?");
        var text = PlainTextRenderer.Render(reply);

        Assert.Equal(Intent.Salary, reply.Intent);
        Assert.StartsWith("In the guide's", reply.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("$160,000", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how much do ML engineers make?")]
    [InlineData("salary")]
    public async Task Salary_AskedForTheFigures_ShowsOnlyTheTable(string question)
    {
        var text = PlainTextRenderer.Render(await ShippedKnowledge.AskAsync(question));

        Assert.DoesNotContain("Competitive Compensation", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SalaryCompare_TwoLevels_SideBySideInOrder()
    {
        var reply = await ShippedKnowledge.AskAsync("salary compare lead entry");

        Assert.Equal(Intent.Salary, reply.Intent);
        Assert.Equal(2, reply.Table!.Rows.Count);
        Assert.Equal("Entry-level ML Engineer", reply.Table.Rows[0][0]);
        Assert.Equal("Lead/Principal Engineer", reply.Table.Rows[1][0]);
    }

    [Fact]
    public async Task SalaryCompare_OneLevel_AsksForTwoAndShowsAll()
    {
        var text = await ShippedKnowledge.AskTextAsync("salary compare senior");

        Assert.Contains("name two levels", text, StringComparison.Ordinal);
        Assert.Contains("$90,000-$120,000", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_LevelWithoutAFigure_SaysTheGuideHasNoneInsteadOfInventingOne()
    {
        var text = await ShippedKnowledge.AskTextAsync("salary architect");

        Assert.Contains("The guide gives no salary figure for ML Architect", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Architect: $", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_UnknownLevel_SaysSoAndShowsTheLevelsItKnows()
    {
        var text = await ShippedKnowledge.AskTextAsync("salary wizard");

        Assert.Contains("I don't have a salary level called \"wizard\"", text, StringComparison.Ordinal);
        Assert.Contains("Senior ML Engineer", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_Figures_AreOnlyTheGuideFigures()
    {
        // Never invent numbers: every dollar amount in any salary reply is one of the guide's.
        string[] allowed = ["$90,000", "$120,000", "$160,000", "$200,000", "$300,000"];
        foreach (var question in new[] { "salary", "salary senior", "salary compare entry lead", "path", "path from junior", "salary architect" })
        {
            var text = await ShippedKnowledge.AskTextAsync(question);
            var amounts = System.Text.RegularExpressions.Regex.Matches(text, @"\$[\d,]+").Select(m => m.Value);
            Assert.All(amounts, a => Assert.Contains(a, allowed));
        }
    }

    [Theory]
    [InlineData("salary")]
    [InlineData("salary senior")]
    [InlineData("salary compare entry lead")]
    [InlineData("compare")]
    [InlineData("ml engineer vs data scientist")]
    public async Task Answer_ShowsEachFigureAndFactOnce_NotAListAndThenATable(string question)
    {
        var text = await ShippedKnowledge.AskTextAsync(question);

        foreach (var amount in System.Text.RegularExpressions.Regex.Matches(text, @"\$[\d,]+-\$[\d,]+\+?").Select(m => m.Value).Distinct())
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(amount)));
        }

        foreach (var focus in new[] { "Focus on building and deploying systems", "Concentrate on analysis and insights" })
        {
            Assert.True(System.Text.RegularExpressions.Regex.Matches(text, focus).Count <= 1, text);
        }
    }
}
