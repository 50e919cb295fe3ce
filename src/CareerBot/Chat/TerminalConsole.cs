using Spectre.Console;

namespace CareerBot.Chat;

/// <summary>
/// The Spectre.Console console the chat writes to: ANSI and colour only on a terminal, none when output is
/// redirected or <c>NO_COLOR</c> is set (https://no-color.org), width from the terminal.
/// </summary>
internal static class TerminalConsole
{
    public static IAnsiConsole Create(TextWriter output, bool outputRedirected, string? noColor, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = outputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = Colors(outputRedirected, noColor),
            Out = new AnsiConsoleOutput(output),
            Interactive = outputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (width is { } columns)
        {
            console.Profile.Width = columns;
        }

        return console;
    }

    public static IAnsiConsole ForThisProcess() =>
        Create(Console.Out, Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>The terminal's width in columns (80 when it cannot be told, as Spectre.Console assumes).</summary>
    public static int Width()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    /// <summary>No colour when redirected or when <c>NO_COLOR</c> is set to anything non-empty; else what the terminal has.</summary>
    public static ColorSystemSupport Colors(bool outputRedirected, string? noColor) =>
        outputRedirected || !string.IsNullOrEmpty(noColor) ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect;
}
