using System.CommandLine;
using CareerBot.Slack.Manifest;

namespace CareerBot.Cli;

/// <summary><c>careerbot slack ...</c> (owned by the Slack adapter work).</summary>
internal static class SlackCommand
{
    public static Command Create()
    {
        var slack = new Command("slack", "Slack tools: print the app manifest.");
        slack.Subcommands.Add(CreateManifest());
        return slack;
    }

    /// <summary><c>careerbot slack manifest --url https://bot.example.com</c> or <c>--socket</c>: prints the app manifest (YAML).</summary>
    private static Command CreateManifest()
    {
        var url = new Option<string?>("--url")
        {
            Description = "HTTP mode: the public https address where `careerbot serve` runs (Slack calls /slack/commands, /slack/events, /slack/interactions).",
        };
        var socket = new Option<bool>("--socket")
        {
            Description = "Socket Mode: no public URL; the bot connects out with an app-level token (Slack__AppToken).",
        };
        var name = new Option<string>("--name")
        {
            Description = "The app's display name in Slack.",
            DefaultValueFactory = _ => SlackManifest.DefaultAppName,
        };

        var command = new Command("manifest", "Print the Slack app manifest (YAML) to paste into \"Create New App > From an app manifest\".");
        command.Options.Add(url);
        command.Options.Add(socket);
        command.Options.Add(name);
        command.SetAction(parseResult =>
        {
            var baseUrl = parseResult.GetValue(url);
            var socketMode = parseResult.GetValue(socket);
            if (socketMode == !string.IsNullOrWhiteSpace(baseUrl))
            {
                Console.Error.WriteLine("careerbot slack manifest: give either --url https://your.host (HTTP mode) or --socket (Socket Mode)");
                return UsageErrors.ExitCode;
            }

            try
            {
                Console.Out.Write(socketMode
                    ? SlackManifest.ForSocketMode(parseResult.GetValue(name)!)
                    : SlackManifest.ForHttp(new Uri(baseUrl!, UriKind.RelativeOrAbsolute), parseResult.GetValue(name)!));
                return 0;
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine(ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal));
                return 2;
            }
        });
        return command;
    }
}
