using CareerBot.Discord.Interactions;

namespace CareerBot.Discord.Commands;

/// <summary>
/// Turns <c>/career</c> with its options into the core's command grammar:
/// <c>salary level:senior</c> -> <c>salary senior</c>, <c>salary-compare from:a to:b</c> -> <c>salary compare a b</c>, and so on.
/// </summary>
internal static class SlashCommandText
{
    /// <summary>The grammar text, or null when the interaction is not a <c>/career</c> subcommand this build knows.</summary>
    public static string? Build(InteractionData? data)
    {
        if (data?.Name != CareerCommand.Name || Subcommand(data) is not { } sub)
        {
            return null;
        }

        string? Value(string name) => Normalize(sub.Options?.FirstOrDefault(o => o.Name == name)?.Text);

        return sub.Name switch
        {
            CareerCommand.Ask => Join("ask", Value(CareerCommand.QuestionOption)),
            CareerCommand.Salary => Join("salary", Value("level")),
            CareerCommand.SalaryCompare => Join("salary compare", Value("from"), Value("to")),
            CareerCommand.Skills => Join("skills", Value("area")),
            CareerCommand.SkillsCheck => Join("skills check", Value("have")),
            CareerCommand.Path => Value("from") is { } from ? $"path from {from}" : "path",
            CareerCommand.Compare => "compare",
            CareerCommand.Help => "help",
            _ => null,
        };
    }

    /// <summary>The subcommand option (type 1) of a <c>/career</c> interaction.</summary>
    public static InteractionOption? Subcommand(InteractionData? data) =>
        data?.Options?.FirstOrDefault(o => o.Type == CommandOption.SubCommand);

    private static string Join(string verb, params string?[] values) =>
        string.Join(' ', values.Where(v => v is not null).Prepend(verb));

    /// <summary>Collapses white space (a pasted newline would otherwise split the command).</summary>
    private static string? Normalize(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
