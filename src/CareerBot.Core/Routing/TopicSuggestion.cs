namespace CareerBot.Core.Routing;

/// <summary>A suggestion: what to show and the question text to put in the field when picked.</summary>
public sealed record TopicSuggestion(string Label, string Question);
