using System.CommandLine;

namespace CareerBot.Cli;

/// <summary><c>careerbot discord ...</c> (owned by the Discord adapter work).</summary>
internal static class DiscordCommand
{
    public static Command Create() => new("discord", "Discord tools: register the slash commands.");
}
