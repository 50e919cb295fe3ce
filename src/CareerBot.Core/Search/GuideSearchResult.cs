namespace CareerBot.Core.Search;

/// <summary>
/// The outcome of a guide search.
/// </summary>
/// <param name="Confident">True when the best hits cover most of what the question is about.</param>
/// <param name="Hits">Best first; may be non-empty even when not confident.</param>
/// <param name="CorrectedQuery">The question after typo correction.</param>
/// <param name="TopicCoverage">Share of the question's topic words the best hits contain (0-1).</param>
/// <param name="Topics">How many topic words (not filler, not the field's own name) the question has.</param>
/// <param name="Specific">True when a matched topic word is rare in the guide (in at most two sections).</param>
/// <param name="Similarity">Cosine similarity of the question to the best hit (hybrid search only).</param>
/// <param name="Unheld">How many of the topic words no section uses, even through a synonym ("leetcode", "visa").</param>
internal sealed record GuideSearchResult(bool Confident, IReadOnlyList<GuideHit> Hits, string CorrectedQuery, double TopicCoverage, int Topics = 0, bool Specific = false, double? Similarity = null, int Unheld = 0);
