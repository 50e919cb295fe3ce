using CareerBot.Core.Routing;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Commands;

/// <summary>
/// Compares the commands Discord has (GET) with <c>/career</c> as built from the catalog, then bulk-overwrites
/// them (PUT) unless nothing changed.
/// </summary>
internal sealed class CommandRegistrar(DiscordRestClient rest, ICareerCatalog catalog, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger) : IDiscordCommandRegistrar
{
    public async Task<IReadOnlyList<CommandChange>> RegisterAsync(string? guildId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.HasBotToken || string.IsNullOrWhiteSpace(settings.ApplicationId))
        {
            throw new InvalidOperationException("Registering commands needs Discord:BotToken (Discord__BotToken) and Discord:ApplicationId (Discord__ApplicationId) from the developer portal.");
        }

        if (guildId is not null && !Snowflake.IsValid(guildId))
        {
            throw new ArgumentException("--guild must be a server id (digits only; enable Developer Mode and use Copy Server ID).");
        }

        ApplicationCommand[] desired = [CareerCommand.Build(catalog)];
        var violations = desired.SelectMany(CommandLimits.Violations).ToList();
        if (violations.Count > 0)
        {
            throw new InvalidOperationException("The command definitions break Discord's limits: " + string.Join(" ", violations));
        }

        var applicationId = settings.ApplicationId.Trim();
        var current = await rest.GetCommandsAsync(applicationId, guildId, cancellationToken);
        var changes = CommandDiff.Compare(current, desired);
        if (changes.All(c => c.Kind == CommandChangeKind.Unchanged))
        {
            Log.CommandsUnchanged(logger, guildId ?? "global");
            return changes;
        }

        await rest.OverwriteCommandsAsync(applicationId, guildId, desired, cancellationToken);
        Log.CommandsRegistered(logger, guildId ?? "global", changes.Count(c => c.Kind != CommandChangeKind.Unchanged));
        return changes;
    }
}
