using CareerBot.Reports;
using CareerBot.Storage;

namespace CareerBot.Tests.Reports;

public sealed class ReportTextTests
{
    [Fact]
    public void Render_ShowsEverySection_AndUserTextWithoutControlCharacters()
    {
        var report = new ReportData(
            null, 3, 2, [new DayCount(new DateOnly(2026, 1, 5), 3, 2)], new Dictionary<string, int> { ["slack"] = 3 },
            [new TextCount("evil \u001b[2J text", 1)], [new AnswerVotes("Getting started", null, 0, 1)], new VoteTotals(0, 1),
            [new IntentTiming("ask", 3, 10, 20, 30)]);

        var text = ReportText.Render(report);

        Assert.Contains("Questions: 3, answered 2 (66.7%)", text, StringComparison.Ordinal);
        Assert.Contains("2026-01-05      3 questions,     2 answered", text, StringComparison.Ordinal);
        Assert.Contains("slack          3", text, StringComparison.Ordinal);
        Assert.Contains("    1  evil  [2J text", text, StringComparison.Ordinal);
        Assert.Contains("1 not helpful,   0 helpful  Getting started", text, StringComparison.Ordinal);
        Assert.Contains("ask          p95 20 ms, median 10 ms, max 30 ms (3 questions)", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
    }
}
