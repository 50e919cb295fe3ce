using System.CommandLine;
using CareerBot.Hosting;

namespace CareerBot.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the bot on every configured chat platform (HTTP endpoints on --urls).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var app = BotWebHost.Build([.. parseResult.UnmatchedTokens], parseResult.GetValue(CommonOptions.Knowledge));
            await app.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
