namespace CareerBot.Core.Knowledge;

/// <summary><c>knowledge/data/career-path.json</c>: the ordered ladder and the entry requirements.</summary>
internal sealed record CareerLadder(IReadOnlyList<LadderStep> Steps, IReadOnlyList<string> EntryRequirements, string Source);
