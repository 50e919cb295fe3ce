using System.CommandLine;
using CareerBot.Adapters.Feedback;
using CareerBot.Chat;
using CareerBot.Hosting;
using CareerBot.Storage;
using CareerBot.Storage.Postgres;

namespace CareerBot.Cli;

/// <summary><c>careerbot chat</c>: the interactive terminal chat.</summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var command = new Command("chat", "Chat with the bot in the terminal (the default when no chat platform is configured).");
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(CommonOptions.Knowledge), cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(string? knowledgePath, CancellationToken cancellationToken) => CliErrors.RunAsync(async () =>
    {
        // The terminal records too (platform "terminal"), so a newcomer sees the report fill up without a chat account;
        // disposing the services at the end drains the store's queue. With Store__Provider=postgres it records there.
        await using var services = CoreServices.Build(knowledgePath, (services, configuration) => services.AddFeedbackRecording(configuration).AddPostgresFeedback(configuration));
        await services.GetRequiredService<IFeedbackStore>().InitializeAsync(cancellationToken);
        var console = TerminalConsole.ForThisProcess();
        var interactive = !Console.IsInputRedirected;

        // At a terminal, our own line editor (history, Ctrl-R, editing keys); piped input is read as plain lines.
        ILineSource input = interactive && !Console.IsOutputRedirected
            ? new LineEditor(new ConsoleKeySource(), Console.Out, new LineHistory(), TerminalConsole.Width, colour: TerminalConsole.Colors(false, Environment.GetEnvironmentVariable("NO_COLOR")) != Spectre.Console.ColorSystemSupport.NoColors)
            : new TextLineSource(Console.In, interactive ? console : null);
        var chat = new TerminalChat(services.GetRequiredService<Core.Routing.IChatResponder>(), input, console);

        // Ctrl-C while an answer is being worked out (the editor reads Ctrl-C as a key) ends the chat on a fresh line.
        ConsoleCancelEventHandler newline = (_, _) => Console.Out.WriteLine();
        Console.CancelKeyPress += newline;
        try
        {
            await chat.RunAsync(interactive, cancellationToken);
        }
        finally
        {
            Console.CancelKeyPress -= newline;
        }

        return 0;
    });
}
