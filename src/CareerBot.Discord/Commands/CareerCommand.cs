using CareerBot.Core.Routing;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Rendering;

namespace CareerBot.Discord.Commands;

/// <summary>
/// The <c>/career</c> command: one subcommand per verb of the core's command grammar. Level, area and
/// ladder choices come from <see cref="ICareerCatalog"/>; a list longer than Discord's 25 choices is
/// offered through autocomplete instead.
/// </summary>
internal static class CareerCommand
{
    public const string Name = "career";

    // The subcommands are the grammar's verbs, so they share the core's names.
    public const string Ask = CommandNames.Ask;
    public const string Salary = CommandNames.Salary;
    public const string SalaryCompare = CommandNames.SalaryCompare;
    public const string Skills = CommandNames.Skills;
    public const string SkillsCheck = CommandNames.SkillsCheck;
    public const string Path = CommandNames.Path;
    public const string Compare = CommandNames.Compare;
    public const string Help = CommandNames.Help;
    public const string QuestionOption = "question";
    public const int MaxChoices = 25;
    public const int MaxTextLength = 500;

    public static ApplicationCommand Build(ICareerCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new ApplicationCommand(
            Name,
            ApplicationCommand.ChatInput,
            "Career advice for machine-learning engineers: salaries, skills, paths.",
            [
                Sub(Ask, "Ask any question about an ML engineering career.",
                    new CommandOption(CommandOption.String, QuestionOption, "Your question; topics from the guide are suggested as you type.", Required: true, Autocomplete: true, MaxLength: MaxTextLength)),
                Sub(Salary, "Salary range for a level (leave empty for all levels).",
                    Choice("level", "The level, e.g. senior.", catalog.SalaryLevels, required: false)),
                Sub(SalaryCompare, "Compare the salaries of two levels.",
                    Choice("from", "The level you are at.", catalog.SalaryLevels, required: true),
                    Choice("to", "The level to compare with.", catalog.SalaryLevels, required: true)),
                Sub(Skills, "Skills an ML engineer needs, by area (leave empty for all).",
                    Choice("area", "The skill area.", catalog.SkillAreas, required: false)),
                Sub(SkillsCheck, "Check the skills you have and see what to learn next.",
                    new CommandOption(CommandOption.String, "have", "Skills you have, separated by commas.", Required: true, MaxLength: MaxTextLength)),
                Sub(Path, "The next steps on the career ladder from where you are.",
                    Choice("from", "Where you are on the ladder.", catalog.LadderSteps, required: true)),
                Sub(Compare, "How the ML engineer role compares with the data scientist role."),
                Sub(Help, "What CareerBot can do."),
            ],
            Contexts: [0, 1],
            IntegrationTypes: [0]);
    }

    /// <summary>The catalog list behind an option offered through autocomplete, or null for free text.</summary>
    public static IReadOnlyList<CatalogChoice>? CatalogFor(string? subcommand, string? option, ICareerCatalog catalog) =>
        (subcommand, option) switch
        {
            (Salary, "level") or (SalaryCompare, "from" or "to") => catalog.SalaryLevels,
            (Skills, "area") => catalog.SkillAreas,
            (Path, "from") => catalog.LadderSteps,
            _ => null,
        };

    private static CommandOption Sub(string name, string description, params CommandOption[] options) =>
        new(CommandOption.SubCommand, name, description, Options: options.Length == 0 ? null : options);

    private static CommandOption Choice(string name, string description, IReadOnlyList<CatalogChoice> values, bool required)
    {
        var usable = values.Where(v => v.Value.Length is > 0 and <= DiscordLimits.ChoiceValue).ToList();
        var fits = usable.Count is > 0 and <= MaxChoices;
        return new CommandOption(
            CommandOption.String,
            name,
            description,
            Required: required ? true : null,
            Choices: fits ? usable.Select(v => new CommandChoice(SafeText.Field(v.Name, DiscordLimits.ChoiceName), v.Value)).ToList() : null,
            Autocomplete: fits ? null : true);
    }
}
