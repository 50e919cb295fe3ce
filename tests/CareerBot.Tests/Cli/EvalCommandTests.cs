using CareerBot.Tests.TestSupport;

namespace CareerBot.Tests.Cli;

public sealed class EvalCommandTests
{
    [Fact]
    public async Task Eval_File_ScoresLikeTheReferenceScorerAndPrintsFailures()
    {
        using var folder = new TempFolder();
        var file = folder.PathOf("questions.jsonl");
        await File.WriteAllTextAsync(file, """
            {"id":"a","q":"How much does a senior ML engineer earn?","intent":"salary","answered":true,"expect":[["160000","160k"]]}
            {"id":"b","q":"What is the weather in Paris tomorrow?","answered":false}
            {"id":"c","q":"salary entry","intent":"path","answered":true,"expect":[["90000"]]}
            """);

        var (exit, output, _) = await CareerBotProcess.RunAsync(["eval", file, "--verbose"]);

        Assert.Equal(0, exit);
        var lines = output.Trim().Split('\n');
        Assert.StartsWith("FAIL c: 'salary entry': intent=salary want path", lines[0], StringComparison.Ordinal);
        Assert.Equal("score: 2/3 (66.7%)", lines[^1].Trim());
    }

    [Fact]
    public async Task Eval_ConversationField_AsksSharedQuestionsInOrderAsOneConversation()
    {
        using var folder = new TempFolder();
        var file = folder.PathOf("questions.jsonl");
        await File.WriteAllTextAsync(file, """
            {"id":"a1","conversation":"a","q":"How much does a senior ML engineer earn?","intent":"salary","answered":true,"expect":[["160000"]]}
            {"id":"b1","conversation":"b","q":"what comes after mid?","intent":"path","answered":true,"expect":[["senior"]]}
            {"id":"a2","conversation":"a","q":"and for lead?","intent":"salary","answered":true,"expect":[["200000"],["300000"]]}
            {"id":"b2","conversation":"b","q":"and senior?","intent":"path","answered":true,"expect":[["after senior ml engineer comes lead"]]}
            {"id":"x","q":"and for lead?","intent":"salary","answered":true,"expect":[["200000"]]}
            """);

        var (exit, output, _) = await CareerBotProcess.RunAsync(["eval", file, "--verbose"]);

        Assert.Equal(0, exit);
        var lines = output.Trim().Split('\n');
        Assert.StartsWith("FAIL x: 'and for lead?'", lines[0], StringComparison.Ordinal); // no conversation: no subject to follow
        Assert.Equal("score: 4/5 (80.0%)", lines[^1].Trim());
    }

    [Fact]
    public async Task Eval_NoFile_UsesTheShippedQuestionsAndMeetsTheBar()
    {
        var (exit, output, _) = await CareerBotProcess.RunAsync(["eval", "--min-score", "95"]);

        Assert.Equal(0, exit);
        Assert.Matches(@"^score: \d+/\d+ \((9[5-9]|100)\.\d%\)$", output.Trim().Split('\n')[^1].Trim());
    }

    [Fact]
    public async Task Eval_BelowMinScore_ExitsNonZero()
    {
        using var folder = new TempFolder();
        var file = folder.PathOf("q.jsonl");
        await File.WriteAllTextAsync(file, "{\"id\":\"a\",\"q\":\"salary\",\"answered\":false}\n");

        var (exit, output, error) = await CareerBotProcess.RunAsync(["eval", file, "--min-score", "50"]);

        Assert.Equal(1, exit);
        Assert.Contains("score: 0/1 (0.0%)", output, StringComparison.Ordinal);
        Assert.Contains("below --min-score", error, StringComparison.Ordinal);
    }
}
