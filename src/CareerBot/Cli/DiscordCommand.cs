using System.CommandLine;
using CareerBot.Discord;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Rest;
using CareerBot.Hosting;

namespace CareerBot.Cli;

/// <summary><c>careerbot discord register-commands [--guild ID]</c>: publishes <c>/career</c> and prints what changed.</summary>
internal static class DiscordCommand
{
    public static Command Create()
    {
        var guild = new Option<string?>("--guild")
        {
            Description = "Register in this server only (changes show at once; for development). Without it the commands are registered globally.",
        };
        var register = new Command("register-commands", "Overwrite the /career slash command definitions (Discord__BotToken, Discord__ApplicationId) and print what changed.")
        {
            guild,
        };
        register.SetAction((parseResult, cancellationToken) => CliErrors.RunAsync(() =>
            RegisterAsync(parseResult.GetValue(CommonOptions.Knowledge), parseResult.GetValue(guild), cancellationToken)));

        return new Command("discord", "Discord tools: register the slash commands.") { register };
    }

    private static async Task<int> RegisterAsync(string? knowledgePath, string? guildId, CancellationToken cancellationToken)
    {
        using var services = CoreServices.Build(knowledgePath, (collection, configuration) => collection.AddDiscordCommandRegistration(configuration));
        IReadOnlyList<CommandChange> changes;
        try
        {
            changes = await services.GetRequiredService<IDiscordCommandRegistrar>().RegisterAsync(guildId?.Trim(), cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"careerbot: {ex.Message}");
            return CliErrors.ConfigurationError;
        }
        catch (Exception ex) when (ex is DiscordRestException or BotTokenRejectedException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync($"careerbot: Discord refused the registration: {ex.Message}");
            return 1;
        }

        await Console.Out.WriteLineAsync(guildId is null ? "Slash commands, global:" : $"Slash commands in server {guildId}:");
        foreach (var change in changes)
        {
            await Console.Out.WriteLineAsync($"  {change}");
        }

        var counts = Enum.GetValues<CommandChangeKind>().Select(kind => $"{changes.Count(c => c.Kind == kind)} {kind.ToString().ToLowerInvariant()}");
        await Console.Out.WriteLineAsync((changes.All(c => c.Kind == CommandChangeKind.Unchanged) ? "Nothing to send: " : "Registered: ") + string.Join(", ", counts) + ".");
        return 0;
    }
}
