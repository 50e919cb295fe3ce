using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Search;

internal sealed partial class GuideIndex
{
    // Fusion settings, measured on the three eval sets (README, "Hybrid retrieval"). They are constants,
    // not settings: a change must be measured on the eval sets, not tuned per deployment.

    /// <summary>Weight of the meaning (cosine similarity) against the BM25 score scaled to the best hit.</summary>
    internal const double SemanticWeight = 1.5;

    /// <summary>
    /// Weight of the centred similarity (<see cref="Semantic.SemanticIndex.SectionRanking"/>): what sets the sections
    /// apart in meaning. Measured 1, 2, 3, 5, 8 and 10 on the eval sets; 5 was best on the held-out ones.
    /// </summary>
    internal const double RankingWeight = 5.0;

    /// <summary>At or above this cosine similarity the best section answers on meaning alone.</summary>
    internal const double StrongSimilarity = 0.55;

    /// <summary>At or above this, a section that also shares a word of the question answers.</summary>
    internal const double SupportedSimilarity = 0.40;

    /// <summary>Below this, even a lexically confident match is too far from what was asked.</summary>
    internal const double FloorSimilarity = 0.15;

    /// <summary>
    /// Added per topic word of the question found in this section and in at most two sections in all: a
    /// precise word match ("start my own company" -> entrepreneurial) is evidence the embedding can blur.
    /// </summary>
    internal const double RareBonus = 0.25;

    private int RareMatches(IReadOnlyList<QueryGroup> groups, int ordinal) =>
        Math.Min(2, groups.Count(g => !g.Generic && g.Original is { } own && _sectionTerms[ordinal].Contains(own) && SectionFrequency(own) <= 2));

    private sealed record Ranked(GuideSection Section, double Score, double Coverage, int Ordinal);

    /// <summary>
    /// Weighted fusion of the BM25 candidates (score scaled to the best, plus <see cref="RareBonus"/> per rare
    /// shared word) and the meaning (cosine similarity of every section, times <see cref="SemanticWeight"/>, and
    /// the centred similarity that tells the sections apart, times <see cref="RankingWeight"/>).
    /// Measured better than reciprocal rank fusion on this small corpus (README). A question whose only words the guide
    /// holds are the field's own name ("what kind of person does well in ML engineering?", "what's changing in ML
    /// engineering?") is ranked by meaning alone: which heading repeats "ML engineering" says nothing of which section
    /// answers (measured over every eval set: +3 for questions with no other word, +4 and -1 more for those whose other
    /// words the guide never uses).
    /// </summary>
    private List<Ranked> Fuse(IReadOnlyList<QueryGroup> groups, List<Ranked> lexical, double[] similarities, double[] ranking)
    {
        var fused = new Dictionary<int, double>();
        var max = lexical.Count == 0 ? 1 : lexical.Max(r => r.Score);
        foreach (var r in groups.Any(g => !g.Generic && g.Terms.Any(Contains)) ? lexical : [])
        {
            fused[r.Ordinal] = (r.Score / max) + (RareBonus * RareMatches(groups, r.Ordinal));
        }

        for (var i = 0; i < similarities.Length; i++)
        {
            fused[i] = fused.GetValueOrDefault(i) + (SemanticWeight * similarities[i]) + (RankingWeight * ranking[i]);
        }

        var coverage = lexical.ToDictionary(r => r.Ordinal, r => r.Coverage);
        return fused
            .OrderByDescending(p => p.Value)
            .Take(Candidates)
            .Select(p => new Ranked(_sections[p.Key], Math.Round(p.Value * 100, 3), coverage.TryGetValue(p.Key, out var c) ? c : Coverage(groups, [p.Key]), p.Key))
            .ToList();
    }

    /// <summary>
    /// Answer when the words agree (BM25 coverage of the question's topic words, as lexical search) and the
    /// meaning is not far off, or when the meaning alone is close, or fairly close with a shared word.
    /// </summary>
    private static bool HybridConfident(bool lexicalConfident, double bestCoverage, double bestSimilarity, bool aboutTheField) =>
        (lexicalConfident && bestSimilarity >= FloorSimilarity)
        || bestSimilarity >= StrongSimilarity
        || (bestSimilarity >= SupportedSimilarity && (bestCoverage > 0 || aboutTheField));
}
