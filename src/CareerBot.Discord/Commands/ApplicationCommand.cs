namespace CareerBot.Discord.Commands;

/// <summary>
/// A slash command definition as Discord stores it. <see cref="Id"/> only comes back from Discord;
/// <see cref="Contexts"/> 0 guild, 1 bot DM; <see cref="IntegrationTypes"/> 0 guild install.
/// </summary>
internal sealed record ApplicationCommand(
    string Name,
    int Type,
    string Description,
    IReadOnlyList<CommandOption>? Options,
    IReadOnlyList<int>? Contexts = null,
    IReadOnlyList<int>? IntegrationTypes = null,
    string? Id = null)
{
    public const int ChatInput = 1;
}
