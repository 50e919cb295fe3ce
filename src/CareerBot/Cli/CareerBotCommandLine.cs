using System.CommandLine;
using CareerBot.Hosting;

namespace CareerBot.Cli;

/// <summary>
/// The <c>careerbot</c> command tree. With no command: <c>serve</c> when a chat platform is configured,
/// the terminal chat when none is. Anything it does not recognise is an error (exit 2), never ignored.
/// </summary>
internal static class CareerBotCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("CareerBot: answers questions about a career as a machine-learning engineer.");
        root.Options.Add(CommonOptions.Knowledge);
        root.Subcommands.Add(ChatCommand.Create());
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(HealthCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(SlackCommand.Create());
        root.Subcommands.Add(DiscordCommand.Create());
        root.SetAction((parseResult, cancellationToken) =>
        {
            var knowledge = parseResult.GetValue(CommonOptions.Knowledge);
            return CliErrors.RunAsync(() => PlatformDetection.AnyPlatformConfigured(CareerBotConfiguration.Build(knowledge))
                ? ServeCommand.RunAsync(urls: null, knowledge, cancellationToken)
                : ChatCommand.RunAsync(knowledge, cancellationToken));
        });
        return root;
    }

    /// <summary>Parses, refuses what it does not recognise (one line, exit 2), then runs.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var parseResult = Create().Parse(args);
        return UsageErrors.Describe(parseResult) is { } problem
            ? await UsageErrors.ReportAsync(problem, Console.Error)
            : await parseResult.InvokeAsync();
    }
}
