using System.Diagnostics;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Search;

namespace CareerBot.Benchmarks;

/// <summary>
/// <c>--profile</c>: the parts of one guide search timed apart (typo correction, analysis, search, snippets),
/// best of ten batches, to see where time goes when tuning analysis or synonyms.
/// </summary>
internal static class ProfileParts
{
    public static void Run()
    {
        var knowledge = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));
        var index = GuideIndex.Build(knowledge, indexPath: null);
        foreach (var q in new[] { "How can I build practical experience?", "What math do I need to become an ML engineer?", "Give me a recipe for banana bread" })
        {
            Time("correct", () => index.Speller.CorrectText(q));
            Time("analyze", () => index.AnalyzeQuery(q));
            Time("search", () => index.Search(q));
            Time("search+snip", () => { var r = index.Search(q); foreach (var h in r.Hits) _ = h.Snippet; });
        }
    }

    private static void Time(string name, Action a)
    {
        for (var i = 0; i < 100; i++) a();
        var best = double.MaxValue;
        for (var b = 0; b < 10; b++)
        {
            var w = Stopwatch.StartNew();
            for (var i = 0; i < 100; i++) a();
            best = Math.Min(best, w.Elapsed.TotalMicroseconds / 100);
        }
        Console.WriteLine($"{name,-12} {best,8:F1} us (best batch)");
    }
}
