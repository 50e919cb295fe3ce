using CareerBot.Discord.Rendering;

namespace CareerBot.Discord.Interactions;

/// <summary>The first answer to an interaction: <c>{type, data}</c>. Autocomplete answers use <see cref="AutocompleteResponse"/>.</summary>
internal sealed record InteractionResponse(int Type, DiscordMessage? Data = null)
{
    public static InteractionResponse Pong { get; } = new(InteractionCallbackType.Pong);
}
