using Spectre.Console;

namespace CareerBot.Chat;

/// <summary>
/// Lines from a reader: piped input (no prompt), or typed input whose output is redirected (the <c>you&gt;</c>
/// prompt when <paramref name="prompt"/> is given, the terminal's own cooked-mode editing; Ctrl-D ends the input on
/// a fresh line). A terminal on both sides gets the <see cref="LineEditor"/> instead.
/// </summary>
internal sealed class TextLineSource(TextReader input, IAnsiConsole? prompt = null) : ILineSource
{
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        prompt?.Markup("[bold green]you>[/] ");
        var line = await input.ReadLineAsync(cancellationToken);
        if (line is null)
        {
            prompt?.WriteLine(); // Ctrl-D: leave the shell's prompt on a line of its own
        }

        return line;
    }
}
