using CareerBot.Core.Evaluation;
using CareerBot.Core.Routing;
using CareerBot.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Core.Tests.Evaluation;

public sealed class LexicalEvalTests
{
    [Fact]
    public async Task LexicalOnly_ShippedQuestions_ScoreAtLeast85PercentStrict()
    {
        using var services = ShippedKnowledge.Build(ShippedKnowledge.Folder, settings: [new("Search:Semantic", "false")]);
        var path = Path.Combine(ShippedKnowledge.Folder, "eval", "questions.jsonl");
        var questions = EvalFile.Parse(path, await File.ReadAllTextAsync(path));

        var report = await EvalRunner.RunAsync(services.GetRequiredService<IChatResponder>(), questions, CancellationToken.None, strict: true);

        Assert.Null(services.GetRequiredService<CareerBot.Core.Knowledge.KnowledgeHost>().Current.Vectors);
        Assert.True(report.Percent >= 85, report.ScoreLine + "\n" + string.Join("\n", report.Failures.Select(f => $"{f.Question.Id} {f.Question.Question}: {string.Join("; ", f.Reasons)}")));
    }
}
