namespace CareerBot.Core.Knowledge;

/// <summary>ML engineer vs data scientist: a one-line summary, each role's focus, the other differences, and the overlaps.</summary>
internal sealed record RoleComparison(
    string? Summary,
    IReadOnlyList<RoleProfile> Roles,
    IReadOnlyList<string> Differences,
    IReadOnlyList<string> Overlaps,
    string Source);
