using System.CommandLine;
using CareerBot.Hosting;

namespace CareerBot.Cli;

/// <summary><c>careerbot serve [--urls URL]</c>: the hosted worker with every configured platform.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the bot on every configured chat platform (HTTP endpoints on --urls / ASPNETCORE_URLS).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync([.. parseResult.UnmatchedTokens], parseResult.GetValue(CommonOptions.Knowledge), cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(string[] hostArgs, string? knowledgePath, CancellationToken cancellationToken) => CliErrors.RunAsync(async () =>
    {
        await using var app = BotWebHost.Build(hostArgs, knowledgePath);
        await app.RunAsync(cancellationToken);
        return Environment.ExitCode;
    });
}
