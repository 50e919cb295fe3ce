using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Search;

public sealed partial class GuideIndex
{
    /// <summary>Reciprocal rank fusion constant: small, since the guide has a few dozen sections, not millions.</summary>
    internal static int FusionK = Tuning("CAREERBOT_FUSION_K", 10);

    /// <summary>Weight of the meaning rank against the BM25 rank in the fusion.</summary>
    internal static double SemanticWeight = Tuning("CAREERBOT_SEMANTIC_WEIGHT", 1.5);

    /// <summary>At or above this cosine similarity the best section answers on meaning alone.</summary>
    internal static double StrongSimilarity = Tuning("CAREERBOT_STRONG_SIM", 0.55);

    /// <summary>At or above this, a section that also shares a word of the question answers.</summary>
    internal static double SupportedSimilarity = Tuning("CAREERBOT_SUPPORTED_SIM", 0.40);

    /// <summary>Below this, even a lexically confident match is too far from what was asked.</summary>
    internal static double FloorSimilarity = Tuning("CAREERBOT_FLOOR_SIM", 0.15);

    internal static bool UseWeighted = Tuning("CAREERBOT_WEIGHTED", 1) > 0;

    /// <summary>
    /// Added per topic word of the question found in this section and in at most two sections in all: a
    /// precise word match ("start my own company" -> entrepreneurial) is evidence the embedding can blur.
    /// </summary>
    internal static double RareBonus = Tuning("CAREERBOT_RARE_BONUS", 0.25);

    private int RareMatches(IReadOnlyList<QueryGroup> groups, int ordinal) =>
        Math.Min(2, groups.Count(g => !g.Generic && g.Original is { } own && _sectionTerms[ordinal].Contains(own) && SectionFrequency(own) <= 2));

    internal static bool MinMax = Tuning("CAREERBOT_MINMAX", 0) > 0;

    private static double Tuning(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static int Tuning(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private sealed record Ranked(GuideSection Section, double Score, double Coverage, int Ordinal);

    /// <summary>
    /// Reciprocal rank fusion of the BM25 ranking (the candidates Lucene found) and the meaning ranking
    /// (every section by cosine similarity): each list gives 1/(k + rank). A section either list ranks
    /// high comes first; one both rank high comes first of all.
    /// </summary>
    private List<Ranked> Fuse(IReadOnlyList<QueryGroup> groups, List<Ranked> lexical, double[] similarities)
    {
        var fused = new Dictionary<int, double>();
        if (UseWeighted)
        {
            var max = lexical.Count == 0 ? 1 : lexical.Max(r => r.Score);
            foreach (var r in lexical)
            {
                fused[r.Ordinal] = (r.Score / max) + (RareBonus * RareMatches(groups, r.Ordinal));
            }

            var low = similarities.Min();
            var spread = Math.Max(1e-6, similarities.Max() - low);
            for (var i = 0; i < similarities.Length; i++)
            {
                var meaning = MinMax ? (similarities[i] - low) / spread : similarities[i];
                fused[i] = fused.GetValueOrDefault(i) + (SemanticWeight * meaning);
            }
        }
        else
        {
            for (var rank = 0; rank < lexical.Count; rank++)
            {
                fused[lexical[rank].Ordinal] = 1.0 / (FusionK + rank + 1);
            }

            var byMeaning = Enumerable.Range(0, similarities.Length).OrderByDescending(i => similarities[i]).ToArray();
            for (var rank = 0; rank < byMeaning.Length; rank++)
            {
                fused[byMeaning[rank]] = fused.GetValueOrDefault(byMeaning[rank]) + (SemanticWeight / (FusionK + rank + 1));
            }
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
