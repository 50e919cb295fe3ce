namespace CareerBot.Storage;

/// <summary>Votes counted per kind.</summary>
public sealed record VoteTotals(int Helpful, int NotHelpful);
