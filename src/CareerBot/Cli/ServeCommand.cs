using System.CommandLine;
using CareerBot.Hosting;

namespace CareerBot.Cli;

/// <summary><c>careerbot serve [--urls URL]</c>: the hosted worker with every configured platform.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls")
        {
            Description = "Where the HTTP endpoints listen, e.g. http://0.0.0.0:8080 (default: the setting 'urls' or ASPNETCORE_URLS, else http://localhost:5000).",
        };
        var command = new Command("serve", "Run the bot on every configured chat platform, with GET /healthz and /readyz.") { urls };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetValue(urls), parseResult.GetValue(CommonOptions.Knowledge), cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(string? urls, string? knowledgePath, CancellationToken cancellationToken) => CliErrors.RunAsync(async () =>
    {
        await using var app = BotWebHost.Build(string.IsNullOrWhiteSpace(urls) ? [] : ["--urls", urls], knowledgePath);
        await app.RunAsync(cancellationToken);
        return Environment.ExitCode;
    });
}
