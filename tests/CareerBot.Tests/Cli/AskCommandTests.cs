using System.Text.Json;
using CareerBot.Tests.TestSupport;

namespace CareerBot.Tests.Cli;

public sealed class AskCommandTests
{
    [Fact]
    public async Task Ask_Json_PrintsOneObjectWithTheContractFields()
    {
        var (exit, output, _) = await CareerBotProcess.RunAsync(["ask", "--json", "How much does a senior ML engineer earn?"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("salary", root.GetProperty("intent").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Contains("$160,000-$200,000+", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        var answer = root.GetProperty("answer").GetString();
        Assert.StartsWith(root.GetProperty("title").GetString()!, answer, StringComparison.Ordinal);
        Assert.Contains("$160,000-$200,000+", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Source:", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Try:", answer, StringComparison.Ordinal);
        var source = root.GetProperty("sources")[0];
        Assert.Equal("Career Prospects and Compensation", source.GetProperty("title").GetString());
        Assert.Equal("Salary Expectations", source.GetProperty("section").GetString());
        Assert.True(source.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task Ask_OutOfScope_JsonSaysNotAnswered()
    {
        var (_, output, _) = await CareerBotProcess.RunAsync(["ask", "--json", "what is the weather in Paris tomorrow?"]);

        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("answered").GetBoolean());
        Assert.Equal("ask", json.RootElement.GetProperty("intent").GetString());
    }

    [Fact]
    public async Task Ask_Jsonl_AnswersEveryLineInOrder()
    {
        const string input = "{\"q\":\"salary entry\"}\nwhat maths do I need\n\n{\"id\":\"x\",\"q\":\"compare\"}\n";

        var (exit, output, _) = await CareerBotProcess.RunAsync(["ask", "--jsonl"], input);

        Assert.Equal(0, exit);
        // The blank line gets an error object (it used to be skipped), so the Nth answer is the Nth line.
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal(["salary", "skills", null, "compare"], lines.Select(l => JsonDocument.Parse(l).RootElement.TryGetProperty("intent", out var i) ? i.GetString() : null));
        Assert.True(JsonDocument.Parse(lines[2]).RootElement.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Ask_Jsonl_ConversationField_FollowUpsTakeTheirOwnConversationsSubject_InInputOrder()
    {
        const string input = """
            {"q":"how much does a senior ML engineer make?","conversation":"a"}
            {"q":"what comes after mid?","conversation":"b"}
            {"q":"and for lead?","conversation":"a"}
            {"q":"and senior?","conversation":"b"}
            {"q":"and for lead?"}
            {"q":"and for lead?","conversation":"c"}
            """;

        var (exit, output, _) = await CareerBotProcess.RunAsync(["ask", "--jsonl"], input + "\n");

        Assert.Equal(0, exit);
        var titles = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("title").GetString() ?? string.Empty).ToArray();
        Assert.Equal(6, titles.Length);
        Assert.Equal(
            ["Senior ML Engineer salary", "What comes after Junior ML Engineer", "Lead/Principal Engineer salary", "What comes after Senior ML Engineer"],
            titles[..4]);
        Assert.DoesNotContain("Lead/Principal Engineer salary", titles[4..]); // no conversation, or a new one: answered alone
    }

    [Fact]
    public async Task Ask_BadConversationSetting_ExitsWithCode2NamingTheSetting()
    {
        var (exit, _, error) = await CareerBotProcess.RunAsync(["ask", "salary senior"], environment: new Dictionary<string, string> { ["Conversation__Ttl"] = "00:00:00" });

        Assert.Equal(2, exit);
        Assert.Contains("Conversation__Ttl", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Jsonl_FlushesEachAnswerBeforeTheNextQuestion()
    {
        // A caller that writes one question and waits must get that answer without closing stdin.
        var binary = Path.Combine(CareerBotProcess.BinaryFolder, "careerbot.dll");
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(binary);
        start.ArgumentList.Add("ask");
        start.ArgumentList.Add("--jsonl");
        using var process = System.Diagnostics.Process.Start(start)!;

        await process.StandardInput.WriteLineAsync("{\"q\":\"path from lead\"}");
        await process.StandardInput.FlushAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var first = await process.StandardOutput.ReadLineAsync(timeout.Token);

        Assert.Equal("path", JsonDocument.Parse(first!).RootElement.GetProperty("intent").GetString());
        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Ask_EmptyQuestion_IsAUsageErrorOfOneLine(string question)
    {
        var (exit, output, error) = await CareerBotProcess.RunAsync(["ask", question]);

        // A command-line mistake: exit 2 and one line, like every other (it was exit 1 with the bot's help on stdout).
        Assert.Equal(2, exit);
        Assert.StartsWith("careerbot ask: no question given; usage: careerbot ask", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Ask_MalformedKnowledge_ExitsWithCode2NamingFileAndField()
    {
        using var folder = new TempFolder(withKnowledge: true);
        var salaries = folder.PathOf("knowledge/data/salaries.json");
        await File.WriteAllTextAsync(salaries, (await File.ReadAllTextAsync(salaries)).Replace("\"min\": 160000", "\"min\": \"lots\"", StringComparison.Ordinal));

        var (exit, _, error) = await CareerBotProcess.RunAsync(["ask", "--knowledge", folder.PathOf("knowledge"), "salary senior"]);

        Assert.Equal(2, exit);
        Assert.Equal("careerbot: knowledge error: data/salaries.json: levels[2].min: must be a number, found \"lots\"", error.Trim());
    }

    [Fact]
    public async Task Ask_KnowledgePathSetting_IsUsed()
    {
        using var folder = new TempFolder(withKnowledge: true);
        File.Delete(folder.PathOf("knowledge/onboarding.md"));

        var (exit, _, error) = await CareerBotProcess.RunAsync(
            ["ask", "salary"],
            environment: new Dictionary<string, string> { ["Knowledge__Path"] = folder.PathOf("knowledge") });

        Assert.Equal(2, exit);
        Assert.Contains("onboarding.md: file: missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_LocalKnowledgeFolder_WinsOverTheBuiltInCopy()
    {
        using var folder = new TempFolder(withKnowledge: true);
        var salaries = folder.PathOf("knowledge/data/salaries.json");
        await File.WriteAllTextAsync(salaries, (await File.ReadAllTextAsync(salaries)).Replace("\"title\": \"Senior ML Engineer\"", "\"title\": \"Senior MLE (team copy)\"", StringComparison.Ordinal));

        var (exit, output, _) = await CareerBotProcess.RunAsync(["ask", "salary senior"], workingDirectory: folder.Root);

        Assert.Equal(0, exit);
        Assert.Contains("Senior MLE (team copy)", output, StringComparison.Ordinal);
    }
}
