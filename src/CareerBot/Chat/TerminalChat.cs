using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Chat;

/// <summary>A read-answer loop over a text reader and writer: the terminal adapter.</summary>
internal sealed class TerminalChat(IChatResponder responder, TextReader input, TextWriter output)
{
    private static readonly string[] ExitWords = ["exit", "quit", "bye", ":q"];

    public async Task RunAsync(bool interactive, CancellationToken cancellationToken)
    {
        if (interactive)
        {
            await output.WriteLineAsync("CareerBot: ask me about a career as a machine-learning engineer. Type 'help' for commands, 'exit' to leave.");
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await output.WriteAsync("\nyou> ");
                await output.FlushAsync(cancellationToken);
            }

            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || ExitWords.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var reply = await responder.RespondAsync(new ChatRequest(line, "terminal"), cancellationToken);
            await output.WriteLineAsync();
            await output.WriteLineAsync(PlainTextRenderer.Render(reply));
            await output.FlushAsync(cancellationToken);
        }
    }
}
