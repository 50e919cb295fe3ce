using CareerBot.Core.Knowledge;
using CareerBot.Core.Semantic;

namespace CareerBot.Core.Routing;

/// <summary>
/// Routes free text by meaning: the intent whose labelled example questions (<c>knowledge/intents/</c>)
/// are nearest to the question. It decides only where the word rules found no lookup of their own (or
/// only weak skill words), and only when one intent is clearly nearer than the others.
/// </summary>
internal static class MeaningRouter
{
    /// <summary>The nearest intent must be at least this close (cosine, mean of its two nearest examples).</summary>
    internal const double MinSimilarity = 0.45;

    /// <summary>... and this much closer than the next intent.</summary>
    internal const double MinMargin = 0.04;

    /// <summary>The clearly nearest intent, or null (no vectors, no examples, or no clear winner).</summary>
    public static string? Nearest(KnowledgeSnapshot snapshot, string question)
    {
        if (snapshot.Vectors is not { } vectors || question.Trim().Length == 0)
        {
            return null;
        }

        var scores = vectors.IntentScores(vectors.Embed(question));
        return Decide(scores);
    }

    internal static string? Decide(IReadOnlyList<IntentScore> scores)
    {
        if (scores.Count == 0 || scores[0].Score < MinSimilarity)
        {
            return null;
        }

        return scores.Count == 1 || scores[0].Score - scores[1].Score >= MinMargin ? scores[0].Intent : null;
    }
}
