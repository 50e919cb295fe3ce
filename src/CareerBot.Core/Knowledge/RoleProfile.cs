namespace CareerBot.Core.Knowledge;

/// <summary>A role of <c>knowledge/data/roles.json</c> and what it focuses on.</summary>
internal sealed record RoleProfile(string Role, string Title, IReadOnlyList<string> Aliases, string Focus);
