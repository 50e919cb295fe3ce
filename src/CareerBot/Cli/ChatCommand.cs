using System.CommandLine;
using CareerBot.Chat;
using CareerBot.Hosting;

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
        using var services = CoreServices.Build(knowledgePath);
        var chat = new TerminalChat(services.GetRequiredService<Core.Routing.IChatResponder>(), Console.In, Console.Out);
        await chat.RunAsync(interactive: !Console.IsInputRedirected, cancellationToken);
        return 0;
    });
}
