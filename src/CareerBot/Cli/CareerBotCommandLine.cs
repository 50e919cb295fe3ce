using System.CommandLine;

namespace CareerBot.Cli;

/// <summary>The <c>careerbot</c> command tree.</summary>
internal static class CareerBotCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("CareerBot: answers questions about a career as a machine-learning engineer.");
        root.Options.Add(CommonOptions.Knowledge);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(SlackCommand.Create());
        root.Subcommands.Add(DiscordCommand.Create());
        return root;
    }
}
