using CareerBot.Discord.Commands;
using CareerBot.Discord.Rendering;

namespace CareerBot.Discord.Interactions;

internal sealed partial class InteractionHandler
{
    /// <summary>Up to 25 choices for the option being typed: guide topics for questions, catalog names otherwise.</summary>
    private List<CommandChoice> Suggest(Interaction interaction)
    {
        var sub = SlashCommandText.Subcommand(interaction.Data);
        var focused = sub?.Options?.FirstOrDefault(o => o.Focused == true);
        var typed = focused?.Text?.Trim() ?? string.Empty;
        try
        {
            if (sub?.Name == CareerCommand.Ask && focused?.Name == CareerCommand.QuestionOption)
            {
                return topics.Suggest(typed, DiscordLimits.AutocompleteChoices)
                    .Where(s => s.Question.Length is > 0 and <= DiscordLimits.ChoiceValue)
                    .Select(s => new CommandChoice(SafeText.Field(s.Label, DiscordLimits.ChoiceName), s.Question))
                    .DistinctBy(c => c.Value, StringComparer.Ordinal)
                    .Take(DiscordLimits.AutocompleteChoices)
                    .ToList();
            }

            return (CareerCommand.CatalogFor(sub?.Name, focused?.Name, catalog) ?? [])
                .Where(c => c.Value.Contains(typed, StringComparison.OrdinalIgnoreCase) || c.Name.Contains(typed, StringComparison.OrdinalIgnoreCase))
                .Where(c => c.Value.Length is > 0 and <= DiscordLimits.ChoiceValue)
                .Select(c => new CommandChoice(SafeText.Field(c.Name, DiscordLimits.ChoiceName), c.Value))
                .Take(DiscordLimits.AutocompleteChoices)
                .ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SuggestFailed(logger, ex);
            return [];
        }
    }
}
