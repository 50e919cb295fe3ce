using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Search;

/// <summary>
/// A section that matched: Lucene's score and how much of the question it covers. The snippet (the best
/// fragment, through Lucene.Net.Highlighter) is made on first use, since most answers show none.
/// </summary>
internal sealed class GuideHit(GuideSection section, double score, double coverage, Func<GuideSection, string> snippet, double? similarity = null, double? ranking = null)
{
    private string? _snippet;

    public GuideSection Section { get; } = section;

    public double Score { get; } = score;

    public double Coverage { get; } = coverage;

    /// <summary>Cosine similarity of the question to the section (hybrid search only).</summary>
    public double? Similarity { get; } = similarity;

    /// <summary>The centred similarity that tells the sections apart (hybrid search only).</summary>
    public double? Ranking { get; } = ranking;

    public string Snippet => _snippet ??= snippet(Section);
}
