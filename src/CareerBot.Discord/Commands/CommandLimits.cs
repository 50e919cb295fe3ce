using System.Text.RegularExpressions;

namespace CareerBot.Discord.Commands;

/// <summary>
/// Discord's rules for command definitions, checked before anything is sent: names, description lengths,
/// option and choice counts, required options first, choices or autocomplete but not both, 8000 characters in all.
/// </summary>
internal static partial class CommandLimits
{
    public const int MaxNameLength = 32;
    public const int MaxDescriptionLength = 100;
    public const int MaxOptions = 25;
    public const int MaxChoices = 25;
    public const int MaxChoiceText = 100;
    public const int MaxTotalText = 8000;

    /// <summary>Every rule the command breaks; empty when Discord will accept it.</summary>
    public static List<string> Violations(ApplicationCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var violations = new List<string>();
        CheckNamed($"/{command.Name}", command.Name, command.Description, violations);
        CheckOptions($"/{command.Name}", command.Options, depth: 0, violations);
        var total = command.Name.Length + command.Description.Length + TextLength(command.Options);
        if (total > MaxTotalText)
        {
            violations.Add($"/{command.Name}: {total} characters of names, descriptions and values; Discord allows {MaxTotalText}.");
        }

        return violations;
    }

    private static void CheckOptions(string path, IReadOnlyList<CommandOption>? options, int depth, List<string> violations)
    {
        options ??= [];
        if (options.Count > MaxOptions)
        {
            violations.Add($"{path}: {options.Count} options; Discord allows {MaxOptions}.");
        }

        if (options.GroupBy(o => o.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            violations.Add($"{path}: option name '{duplicate.Key}' is used twice.");
        }

        var seenOptional = false;
        foreach (var option in options)
        {
            var where = $"{path} {option.Name}";
            CheckNamed(where, option.Name, option.Description, violations);
            if (option.Type == CommandOption.SubCommand)
            {
                if (depth > 0)
                {
                    violations.Add($"{where}: a subcommand can only sit at the top level here.");
                }

                CheckOptions(where, option.Options, depth + 1, violations);
                continue;
            }

            if (option.Required != true)
            {
                seenOptional = true;
            }
            else if (seenOptional)
            {
                violations.Add($"{where}: a required option must come before the optional ones.");
            }

            CheckChoices(where, option, violations);
        }
    }

    private static void CheckChoices(string where, CommandOption option, List<string> violations)
    {
        var choices = option.Choices ?? [];
        if (choices.Count > MaxChoices)
        {
            violations.Add($"{where}: {choices.Count} choices; Discord allows {MaxChoices}.");
        }

        if (choices.Count > 0 && option.Autocomplete == true)
        {
            violations.Add($"{where}: choices and autocomplete cannot be combined.");
        }

        foreach (var choice in choices)
        {
            if (choice.Name.Length is 0 or > MaxChoiceText || choice.Value.Length is 0 or > MaxChoiceText)
            {
                violations.Add($"{where}: choice '{choice.Value}' needs a name and value of 1-{MaxChoiceText} characters.");
            }
        }
    }

    private static void CheckNamed(string where, string name, string description, List<string> violations)
    {
        if (!NamePattern().IsMatch(name))
        {
            violations.Add($"{where}: the name must be 1-{MaxNameLength} lower-case letters, digits, '-' or '_'.");
        }

        if (description.Length is 0 or > MaxDescriptionLength)
        {
            violations.Add($"{where}: the description must be 1-{MaxDescriptionLength} characters (it has {description.Length}).");
        }
    }

    private static int TextLength(IReadOnlyList<CommandOption>? options) =>
        (options ?? []).Sum(o => o.Name.Length + o.Description.Length
            + (o.Choices ?? []).Sum(c => c.Name.Length + c.Value.Length)
            + TextLength(o.Options));

    [GeneratedRegex("^[-_a-z0-9]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
