using System.Text.Json;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Serialization;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Commands;

public sealed class SlashCommandTextTests
{
    public static TheoryData<string, string[], string> Grammar => new()
    {
        { "ask", ["question", "how do I start?"], "ask how do I start?" },
        { "salary", ["level", "senior"], "salary senior" },
        { "salary", [], "salary" },
        { "salary-compare", ["from", "mid", "to", "lead"], "salary compare mid lead" },
        { "skills", ["area", "mathematical"], "skills mathematical" },
        { "skills", [], "skills" },
        { "skills-check", ["have", "python,  sql"], "skills check python, sql" },
        { "path", ["from", "senior"], "path from senior" },
        { "compare", [], "compare" },
        { "help", [], "help" },
    };

    [Theory]
    [MemberData(nameof(Grammar))]
    public void Build_MapsEachSubcommandToTheCoreGrammar(string subcommand, string[] options, string expected)
    {
        var pairs = options.Chunk(2).Select(p => (p[0], p[1])).ToArray();

        Assert.Equal(expected, SlashCommandText.Build(Data(Events.Slash(subcommand, pairs))));
    }

    [Fact]
    public void Build_ToOptionsOutOfOrder_StillComparesFromThenTo() =>
        Assert.Equal("salary compare entry senior", SlashCommandText.Build(Data(Events.Slash("salary-compare", ("to", "senior"), ("from", "entry")))));

    [Fact]
    public void Build_OtherCommandOrUnknownSubcommand_IsNotOurs()
    {
        Assert.Null(SlashCommandText.Build(Data("""{"name":"other","options":[]}""")));
        Assert.Null(SlashCommandText.Build(Data(Events.Slash("weather"))));
    }

    private static InteractionData Data(string json) => JsonSerializer.Deserialize(json, DiscordJsonContext.Default.InteractionData)!;
}
