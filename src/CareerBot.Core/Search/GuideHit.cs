using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Search;

/// <summary>A section that matched: Lucene's score, how much of the question it covers, and a snippet.</summary>
public sealed record GuideHit(GuideSection Section, double Score, double Coverage, string Snippet);
