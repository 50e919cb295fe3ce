using System.Globalization;
using System.Text;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Search;

namespace CareerBot.Core.Routing;

/// <summary>The meaning side of <c>ask --explain</c>: nearest sections and intents by cosine similarity.</summary>
internal static class SemanticExplain
{
    public static string Describe(KnowledgeSnapshot snapshot, string question)
    {
        if (snapshot.Vectors is not { } vectors || question.Trim().Length == 0)
        {
            return "\nmeaning: off (lexical only)";
        }

        var vector = vectors.Embed(question);
        var similarities = vectors.SectionSimilarities(vector);
        var text = new StringBuilder("\nmeaning, nearest sections:");
        foreach (var i in Enumerable.Range(0, similarities.Length).OrderByDescending(i => similarities[i]).Take(5))
        {
            text.Append(CultureInfo.InvariantCulture, $" {snapshot.Index.Sections[i].Heading} ({similarities[i]:F3});");
        }

        var ranking = vectors.SectionRanking(vector);
        text.Append("\nmeaning, best ranked (centred, example questions too):");
        foreach (var i in Enumerable.Range(0, ranking.Length).OrderByDescending(i => ranking[i]).Take(5))
        {
            text.Append(CultureInfo.InvariantCulture, $" {snapshot.Index.Sections[i].Heading} ({ranking[i]:F3});");
        }

        if (vectors.NotCoveredRanking(vector) is { } notCovered)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nmeaning, not covered (questions/not-covered*.txt, centred): {notCovered:F3}; refused when above the answering section's by {SnapshotSearch.NotCoveredMargin}");
            foreach (var (nearest, similarity) in vectors.NearestNotCovered(vector))
            {
                text.Append(CultureInfo.InvariantCulture, $"\n  near \"{nearest}\" ({similarity:F3})");
            }
        }

        text.Append("\nmeaning, nearest intents:");
        foreach (var score in vectors.IntentScores(vector))
        {
            text.Append(CultureInfo.InvariantCulture, $" {score.Intent} ({score.Score:F3});");
        }

        var result = snapshot.Search(question, 3);
        text.Append(CultureInfo.InvariantCulture, $"\nhybrid: confident={result.Confident}, best={result.Hits.FirstOrDefault()?.Section.Heading}, similarity={result.Similarity:F3}, coverage={result.TopicCoverage:F2}");
        return text.ToString();
    }
}
