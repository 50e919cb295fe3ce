using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Chat;

/// <summary>
/// A read-answer loop over a text reader and writer: the terminal adapter. Each chat session is one
/// conversation, so "and for lead?" follows the question before it.
/// </summary>
internal sealed class TerminalChat(IChatResponder responder, TextReader input, TextWriter output)
{
    private static readonly string[] ExitWords = ["exit", "quit", "bye", ":q"];

    /// <summary>This session's conversation id: sessions (and processes) never share one.</summary>
    public string ConversationId { get; } = "chat-" + Guid.NewGuid().ToString("N");

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

            var reply = await responder.RespondAsync(new ChatRequest(line, "terminal", ConversationId: ConversationId), cancellationToken);
            await output.WriteLineAsync();
            await output.WriteLineAsync(PlainTextRenderer.Render(reply));
            await output.FlushAsync(cancellationToken);
        }
    }
}
