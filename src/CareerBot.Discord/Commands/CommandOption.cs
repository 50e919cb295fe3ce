using CareerBot.Discord.Interactions;

namespace CareerBot.Discord.Commands;

/// <summary>An option or subcommand. Types: 1 subcommand, 3 string.</summary>
internal sealed record CommandOption(
    int Type,
    string Name,
    string Description,
    bool? Required = null,
    IReadOnlyList<CommandChoice>? Choices = null,
    bool? Autocomplete = null,
    IReadOnlyList<CommandOption>? Options = null,
    int? MaxLength = null)
{
    public const int SubCommand = 1;
    public const int String = 3;
}
