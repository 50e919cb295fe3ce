namespace CareerBot.Core.Semantic;

/// <summary>How close a question is to an intent's labelled examples (cosine, -1 to 1).</summary>
internal sealed record IntentScore(string Intent, double Score);
