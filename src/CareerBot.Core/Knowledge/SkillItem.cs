namespace CareerBot.Core.Knowledge;

/// <summary>A skill as the guide names it, and the words that mean a user has it.</summary>
internal sealed record SkillItem(string Name, IReadOnlyList<string> Keywords);
