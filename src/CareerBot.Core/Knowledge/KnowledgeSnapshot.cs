using CareerBot.Core.Search;

namespace CareerBot.Core.Knowledge;

/// <summary>
/// One consistent generation of knowledge and its index. Questions read one snapshot from start to end,
/// so a future hot reload can swap in a new one atomically without a question seeing half of each.
/// </summary>
public sealed record KnowledgeSnapshot(KnowledgeBase Knowledge, GuideIndex Index, DateTimeOffset LoadedAt);
