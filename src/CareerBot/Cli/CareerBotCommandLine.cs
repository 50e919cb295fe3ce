using System.CommandLine;
using CareerBot.Hosting;

namespace CareerBot.Cli;

/// <summary>
/// The <c>careerbot</c> command tree. With no command: <c>serve</c> when a chat platform is configured,
/// the terminal chat when none is.
/// </summary>
internal static class CareerBotCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("CareerBot: answers questions about a career as a machine-learning engineer.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(CommonOptions.Knowledge);
        root.Subcommands.Add(ChatCommand.Create());
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(SlackCommand.Create());
        root.Subcommands.Add(DiscordCommand.Create());
        root.SetAction((parseResult, cancellationToken) =>
        {
            var knowledge = parseResult.GetValue(CommonOptions.Knowledge);
            return PlatformDetection.AnyPlatformConfigured(CareerBotConfiguration.Build(knowledge))
                ? ServeCommand.RunAsync([.. parseResult.UnmatchedTokens], knowledge, cancellationToken)
                : ChatCommand.RunAsync(knowledge, cancellationToken);
        });
        return root;
    }
}
