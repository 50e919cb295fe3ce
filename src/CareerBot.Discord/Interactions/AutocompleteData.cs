namespace CareerBot.Discord.Interactions;

internal sealed record AutocompleteData(IReadOnlyList<CommandChoice> Choices);
