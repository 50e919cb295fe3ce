namespace CareerBot.Discord.Interactions;

/// <summary>A choice shown to the user (<paramref name="Name"/>) and the value the command receives.</summary>
internal sealed record CommandChoice(string Name, string Value);
