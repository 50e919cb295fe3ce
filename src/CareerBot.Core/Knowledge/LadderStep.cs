namespace CareerBot.Core.Knowledge;

/// <summary>A rung of the career ladder, with the salary level it corresponds to when the guide gives one.</summary>
internal sealed record LadderStep(string Step, string Title, IReadOnlyList<string> Aliases, string? SalaryLevel);
