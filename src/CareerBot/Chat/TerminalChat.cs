using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using Spectre.Console;

namespace CareerBot.Chat;

/// <summary>
/// A read-answer loop: lines from an <see cref="ILineSource"/>, replies rendered by Spectre.Console. Each chat
/// session is one conversation, so "and for lead?" follows the question before it.
/// </summary>
internal sealed class TerminalChat(IChatResponder responder, ILineSource input, IAnsiConsole console)
{
    private static readonly string[] ExitWords = ["exit", "quit", "bye", ":q"];

    /// <summary>This session's conversation id: sessions (and processes) never share one.</summary>
    public string ConversationId { get; } = "chat-" + Guid.NewGuid().ToString("N");

    public async Task RunAsync(bool interactive, CancellationToken cancellationToken)
    {
        if (interactive)
        {
            console.MarkupLine("[bold]CareerBot[/]: ask me about a career as a machine-learning engineer. Type [cyan]help[/] for commands, [cyan]exit[/] (or Ctrl-D) to leave.");
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                console.WriteLine();
            }

            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                break;
            }

            var said = line.Trim();
            if (ExitWords.Contains(said, StringComparer.OrdinalIgnoreCase))
            {
                if (interactive && SmallTalk.ReplyTo(said) is { } goodbye)
                {
                    console.WriteLine();
                    console.Write(SpectreReplyRenderer.Render(goodbye with { FollowUps = [] }));
                }

                break;
            }

            if (said.Length == 0)
            {
                continue;
            }

            var reply = await responder.RespondAsync(new ChatRequest(line, "terminal", ConversationId: ConversationId), cancellationToken);
            console.WriteLine();
            console.Write(SpectreReplyRenderer.Render(reply));
        }
    }
}
