namespace CareerBot.Discord.Interactions;

/// <summary>Callback type 8 with at most 25 choices.</summary>
internal sealed record AutocompleteResponse(int Type, AutocompleteData Data)
{
    public static AutocompleteResponse Of(IReadOnlyList<CommandChoice> choices) => new(InteractionCallbackType.AutocompleteResult, new AutocompleteData(choices));
}
