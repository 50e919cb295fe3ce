using Spectre.Console;

namespace CareerBot.Chat;

/// <summary>
/// Lines from a reader. At a terminal (<paramref name="prompt"/> given) it shows the <c>you&gt;</c> prompt and the
/// terminal's own line editing applies; Ctrl-D ends the input on a fresh line. Piped input gets no prompt.
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
