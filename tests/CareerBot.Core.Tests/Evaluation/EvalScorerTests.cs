using CareerBot.Core.Evaluation;
using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Tests.Evaluation;

public sealed class EvalScorerTests
{
    private static readonly EvalQuestion Senior = new("d01", "How much does a senior ML engineer earn?", true, "salary", [["160000", "160k"], ["200000", "200k"]]);

    [Theory]
    [InlineData("Senior: $160,000-$200,000+")]
    [InlineData("between 160k and 200k")]
    [InlineData("SENIOR: $160,000 – $200,000")]
    public void Check_NormalisesLikeTheReferenceScorer(string text)
    {
        Assert.Empty(EvalScorer.Check(Senior, new EvalAnswer(true, "salary", text)));
    }

    [Fact]
    public void Check_WrongIntentAndMissingGroup_GivesBothReasons()
    {
        var why = EvalScorer.Check(Senior, new EvalAnswer(true, "ask", "Senior: $160,000"));

        Assert.Equal(["intent=ask want salary", "missing any of ['200000', '200k']"], why);
    }

    [Fact]
    public void Check_Strict_AStringOnlyInTheRelatedPartFails()
    {
        var answer = new EvalAnswer(true, "salary", "Mid-level\n\nRelated:\n  - Senior: $160,000-$200,000", "Mid-level: $120,000-$160,000");

        Assert.Empty(EvalScorer.Check(Senior, answer));
        Assert.Equal(["missing any of ['200000', '200k']"], EvalScorer.Check(Senior, answer, strict: true));
    }

    [Fact]
    public void Check_UnansweredQuestion_OnlyAnsweredCounts()
    {
        var q = new EvalQuestion("d24", "weather", false, null, []);

        Assert.Empty(EvalScorer.Check(q, new EvalAnswer(false, "ask", "I don't know")));
        Assert.Equal(["answered=True want False"], EvalScorer.Check(q, new EvalAnswer(true, "ask", "sunny")));
    }

    [Fact]
    public void Normalise_RemovesDollarsAndDigitCommasAndFoldsDashes()
    {
        Assert.Equal("90000-120000, and 5, 6", EvalScorer.Normalise("$90,000—$120,000, and 5, 6"));
    }

    [Fact]
    public void Parse_ReadsTheSharedFormat()
    {
        var questions = EvalFile.Parse("q.jsonl", """
            {"id":"d01","q":"How much?","intent":"salary","answered":true,"expect":[["160000","160k"]]}

            {"id":"d24","q":"weather","answered":false}
            """);

        Assert.Equal(2, questions.Count);
        Assert.Equal("salary", questions[0].Intent);
        Assert.Equal(["160000", "160k"], questions[0].Expect[0]);
        Assert.False(questions[1].Answered);
    }

    [Fact]
    public void Parse_BrokenLine_NamesFileAndLine()
    {
        var error = Assert.Throws<KnowledgeException>(() => EvalFile.Parse("q.jsonl", "{\"id\":\"a\",\"answered\":true}\n"));

        Assert.Equal("q.jsonl: line 1 'q': missing or not a string", error.Message);
    }
}
