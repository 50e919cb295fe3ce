using CareerBot.Core.Routing;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Routing;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("", "help", "")]
    [InlineData("   ", "help", "")]
    [InlineData("help", "help", "")]
    [InlineData("ask what is automl", "ask", "what is automl")]
    [InlineData("salary", "salary", "")]
    [InlineData("salary senior", "salary", "senior")]
    [InlineData("SALARY Senior", "salary", "Senior")]
    [InlineData("salary compare entry lead", "salary-compare", "entry lead")]
    [InlineData("skills", "skills", "")]
    [InlineData("skills maths", "skills", "maths")]
    [InlineData("skills check python, linear algebra", "skills-check", "python, linear algebra")]
    [InlineData("path", "path", "")]
    [InlineData("path from senior", "path", "from senior")]
    [InlineData("compare", "compare", "")]
    [InlineData("compare senior lead", "salary-compare", "senior lead")]
    [InlineData("<@U1> salary mid", "salary", "mid")]
    [InlineData("/career path from lead", "path", "from lead")]
    [InlineData("path?", "path", "")]
    [InlineData("salary!", "salary", "")]
    public void Parse_CommandGrammar_PicksTheHandler(string text, string name, string argument)
    {
        var command = CommandParser.Parse(text, ShippedKnowledge.Snapshot);

        Assert.Equal(name, command.Name);
        Assert.Equal(argument, command.Argument);
        Assert.True(command.Explicit || name == "help" && argument.Length == 0);
    }

    [Theory]
    [InlineData("salary ranges for all ML engineer levels")]
    [InlineData("salary senior in Lagos")]
    public void Parse_SalaryFollowedByTheRestOfASentence_IsFreeText(string text)
    {
        // Read as one argument, "ranges for all ML engineer levels" was an unknown level, and "senior in Lagos" a
        // typed level whose place no scope check saw.
        var command = CommandParser.Parse(text, ShippedKnowledge.Snapshot);

        Assert.Equal("salary", command.Name);
        Assert.Equal(text, command.Argument);
        Assert.False(command.Explicit);
    }

    [Theory]
    [InlineData("salary ranges for all ML engineer levels", true)]
    [InlineData("salary senior in Lagos", false)]
    public async Task Salary_SentenceAfterTheCommandWord_IsAnsweredAsAQuestion(string text, bool answered)
    {
        var reply = await ShippedKnowledge.AskAsync(text);

        Assert.Equal(answered, reply.Answered);
    }
}
