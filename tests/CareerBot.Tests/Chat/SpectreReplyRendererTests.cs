using CareerBot.Chat;
using CareerBot.Core.Replies;
using Spectre.Console;

namespace CareerBot.Tests.Chat;

public sealed class SpectreReplyRendererTests
{
    private static readonly Reply Salaries = new(
        Intent.Salary,
        true,
        "ML engineer salaries by level",
        [ReplyBlock.Prose("2025 median salaries (USD) by level, as the career guide states them for engineers who build and deploy machine-learning systems:")],
        new ReplyTable(["Level", "Range"], [["Entry-level ML Engineer", "$90,000-$120,000"], ["Senior ML Engineer", "$160,000-$200,000+"]]),
        [],
        [new SourceRef("Career Prospects and Compensation", "Salary Expectations", 1)],
        [new FollowUp("All levels", "salary")],
        "Figures are 2025 median salaries (USD) from the career guide, not offers or guarantees.");

    [Theory]
    [InlineData(40)]
    [InlineData(100)]
    public void Render_WrapsAtTheWidthOnWordBoundaries_AndDrawsTheTableAsATable(int width)
    {
        var text = Render(Salaries, width, outputRedirected: true, noColor: null);
        var lines = text.Split('\n');

        Assert.All(lines, l => Assert.True(l.TrimEnd().Length <= width, $"'{l}' is wider than {width}"));
        var words = lines.SelectMany(l => l.Split([' ', '│', '|'], StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        foreach (var word in Salaries.Paragraphs[0].Text.Split(' ').Concat(Salaries.Note!.Split(' ')))
        {
            Assert.Contains(word, words); // every word whole: no word broken across lines
        }

        Assert.Contains(lines, l => l.StartsWith("│ Senior ML", StringComparison.Ordinal) && l.Contains("│ $160,000-", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith('╭'));
    }

    [Fact]
    public void Render_TheUsersOwnWords_ShowWithoutTheirMarks()
    {
        var reply = new Reply(
            Intent.Salary,
            false,
            "Not in my knowledge",
            [ReplyBlock.Prose($"The knowledge has no salary figures for {UserText.Mark("Tokyo")}."), ReplyBlock.List("Asked:", [UserText.Mark("[tokyo]")])],
            null,
            [],
            [],
            [new FollowUp("Salaries by level", "salary")]);

        var text = Render(reply, 100, outputRedirected: true, noColor: null);

        Assert.Contains("The knowledge has no salary figures for Tokyo.", text, StringComparison.Ordinal);
        Assert.Contains("[tokyo]", text, StringComparison.Ordinal); // still no markup of the console's
        Assert.DoesNotContain('\uFDD0', text);
        Assert.DoesNotContain('\uFDD1', text);
    }

    [Fact]
    public void Render_NarrowAndWide_WrapDifferently()
    {
        Assert.True(Render(Salaries, 40, true, null).Split('\n').Length > Render(Salaries, 100, true, null).Split('\n').Length);
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, "1")]
    public void Render_RedirectedOrNoColor_WritesNoEscapeSequences(bool outputRedirected, string? noColor)
    {
        var text = Render(Salaries, 80, outputRedirected, noColor);

        // NO_COLOR forbids colour (no-color.org); bold and dim are still allowed on a terminal. Redirected: no ANSI at all.
        Assert.DoesNotMatch(@"\u001b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])(?:;|m)", text);
        Assert.True(!outputRedirected || !text.Contains('\u001b', StringComparison.Ordinal), text);
        Assert.Contains("ML engineer salaries by level", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null, ColorSystemSupport.NoColors)]
    [InlineData(false, "1", ColorSystemSupport.NoColors)]
    [InlineData(false, "", ColorSystemSupport.Detect)]
    [InlineData(false, null, ColorSystemSupport.Detect)]
    public void Colors_NoneWhenRedirectedOrNoColorSet(bool outputRedirected, string? noColor, ColorSystemSupport expected)
    {
        Assert.Equal(expected, TerminalConsole.Colors(outputRedirected, noColor));
    }

    [Fact]
    public void Render_ColourTerminal_UsesEscapeSequences()
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard, Out = new AnsiConsoleOutput(writer) });

        console.Write(SpectreReplyRenderer.Render(Salaries));

        Assert.Contains('\u001b', writer.ToString());
    }

    private static string Render(Reply reply, int width, bool outputRedirected, string? noColor)
    {
        using var writer = new StringWriter();
        var console = TerminalConsole.Create(writer, outputRedirected, noColor, width);
        console.Write(SpectreReplyRenderer.Render(reply));
        return writer.ToString().Replace("\r", string.Empty, StringComparison.Ordinal);
    }
}
