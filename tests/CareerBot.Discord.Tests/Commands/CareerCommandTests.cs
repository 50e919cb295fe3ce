using CareerBot.Core.Routing;
using CareerBot.Discord.Commands;

namespace CareerBot.Discord.Tests.Commands;

public sealed class CareerCommandTests
{
    private static readonly TestCatalog Catalog = new(
        [new("entry", "Entry-level"), new("mid", "Mid-level"), new("senior", "Senior"), new("lead", "Lead/Principal")],
        [new("junior", "Junior ML Engineer"), new("senior", "Senior ML Engineer"), new("lead", "Lead ML Engineer")],
        [new("technical", "Technical skills"), new("mathematical", "Mathematical foundation")]);

    [Fact]
    public void Build_RespectsDiscordsLimits()
    {
        var command = CareerCommand.Build(Catalog);

        Assert.Empty(CommandLimits.Violations(command));
        Assert.Equal(
            ["ask", "salary", "salary-compare", "skills", "skills-check", "path", "compare", "help"],
            command.Options!.Select(o => o.Name));
    }

    [Fact]
    public void Build_ChoicesCarryThePlainNamesTheGrammarTakes()
    {
        var command = CareerCommand.Build(Catalog);

        Assert.Equal(["entry", "mid", "senior", "lead"], Option(command, "salary", "level").Choices!.Select(c => c.Value));
        Assert.Equal("Lead/Principal", Option(command, "salary", "level").Choices![3].Name);
        Assert.Equal(["junior", "senior", "lead"], Option(command, "path", "from").Choices!.Select(c => c.Value));
        Assert.True(Option(command, "ask", "question").Autocomplete);
        Assert.True(Option(command, "ask", "question").Required);
    }

    [Fact]
    public void Build_MoreLevelsThanDiscordAllowsChoices_OffersThemByAutocomplete()
    {
        var many = Enumerable.Range(1, 30).Select(i => new CatalogChoice($"level{i}", $"Level {i}")).ToList();

        var command = CareerCommand.Build(new TestCatalog(many, Catalog.LadderSteps, Catalog.SkillAreas));

        var level = Option(command, "salary", "level");
        Assert.Null(level.Choices);
        Assert.True(level.Autocomplete);
        Assert.Empty(CommandLimits.Violations(command));
    }

    [Fact]
    public void Limits_CatchWhatDiscordWouldReject()
    {
        var bad = new ApplicationCommand(
            "Career Bot",
            ApplicationCommand.ChatInput,
            new string('d', 101),
            [
                new CommandOption(CommandOption.String, "optional", "o"),
                new CommandOption(CommandOption.String, "required", "r", Required: true, Choices: Enumerable.Range(0, 26).Select(i => new CareerBot.Discord.Interactions.CommandChoice($"c{i}", $"v{i}")).ToList(), Autocomplete: true),
            ]);

        var violations = CommandLimits.Violations(bad);

        Assert.Contains(violations, v => v.Contains("lower-case", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("description must be 1-100", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("before the optional", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("26 choices", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("cannot be combined", StringComparison.Ordinal));
    }

    private static CommandOption Option(ApplicationCommand command, string subcommand, string option) =>
        command.Options!.Single(o => o.Name == subcommand).Options!.Single(o => o.Name == option);

    private sealed record TestCatalog(IReadOnlyList<CatalogChoice> SalaryLevels, IReadOnlyList<CatalogChoice> LadderSteps, IReadOnlyList<CatalogChoice> SkillAreas) : ICareerCatalog;
}
