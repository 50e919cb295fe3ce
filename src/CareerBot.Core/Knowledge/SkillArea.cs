namespace CareerBot.Core.Knowledge;

/// <summary>An area of <c>knowledge/data/skills.json</c> (technical, mathematical, domain).</summary>
internal sealed record SkillArea(
    string Area,
    string Title,
    string Lead,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<SkillItem> Items,
    string Source);
