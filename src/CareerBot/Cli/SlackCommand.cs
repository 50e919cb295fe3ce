using System.CommandLine;

namespace CareerBot.Cli;

/// <summary><c>careerbot slack ...</c> (owned by the Slack adapter work).</summary>
internal static class SlackCommand
{
    public static Command Create() => new("slack", "Slack tools: print the app manifest.");
}
