namespace CareerBot.Discord.Commands;

/// <summary>
/// A slash command definition as Discord stores it (what it adds, such as ids and versions, is ignored).
/// <see cref="Contexts"/> 0 guild, 1 bot DM; <see cref="IntegrationTypes"/> 0 guild install.
/// </summary>
internal sealed record ApplicationCommand(
    string Name,
    int Type,
    string Description,
    IReadOnlyList<CommandOption>? Options,
    IReadOnlyList<int>? Contexts = null,
    IReadOnlyList<int>? IntegrationTypes = null)
{
    public const int ChatInput = 1;
}
