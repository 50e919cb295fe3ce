using System.Globalization;
using System.Text;

namespace CareerBot.Core.Search;

internal sealed partial class GuideIndex
{
    /// <summary>
    /// How a question is searched, for people tuning knowledge and synonyms (<c>careerbot ask --explain</c>):
    /// the corrected text, the analysed word groups, and the hits with their coverage.
    /// </summary>
    public string Explain(string question)
    {
        var result = Search(question, maxHits: 5);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"corrected: {result.CorrectedQuery}");
        foreach (var group in AnalyzeQuery(result.CorrectedQuery))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  group {group.Original ?? "-"}{(group.Generic ? " (generic)" : string.Empty)}: {string.Join(" | ", group.Terms)}{(group.Terms.Any(Contains) ? string.Empty : "  [not in guide]")}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"confident: {result.Confident} (topic coverage {result.TopicCoverage:F2})");
        foreach (var hit in result.Hits)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {hit.Score,8:F3}  cov {hit.Coverage:F2}  {hit.Section.DocumentTitle} › {hit.Section.Heading}");
        }

        return text.ToString().TrimEnd();
    }
}
