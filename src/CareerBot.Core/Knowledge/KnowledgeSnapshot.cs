using CareerBot.Core.Search;
using CareerBot.Core.Semantic;

namespace CareerBot.Core.Knowledge;

/// <summary>
/// One consistent generation of knowledge and its index. Questions read one snapshot from start to end,
/// so a future hot reload can swap in a new one atomically without a question seeing half of each.
/// </summary>
/// <param name="Semantic">The section and example embeddings of this knowledge (off when lexical only).</param>
/// <param name="IntentExamples">The labelled example questions of <c>intents/</c> (validated in either mode).</param>
internal sealed record KnowledgeSnapshot(KnowledgeBase Knowledge, GuideIndex Index, DateTimeOffset LoadedAt, SemanticLayer? Semantic = null, IReadOnlyList<IntentExample>? IntentExamples = null)
{
    /// <summary>The semantic index when built and enabled; null means answer lexically.</summary>
    public SemanticIndex? Vectors => Semantic?.Index;
}
