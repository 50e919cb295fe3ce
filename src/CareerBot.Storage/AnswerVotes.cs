namespace CareerBot.Storage;

/// <summary>The votes on answers with one title and top source.</summary>
public sealed record AnswerVotes(string Title, string? Source, int Helpful, int NotHelpful);
