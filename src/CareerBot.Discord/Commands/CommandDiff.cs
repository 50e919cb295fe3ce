using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Discord.Serialization;

namespace CareerBot.Discord.Commands;

/// <summary>
/// Compares the commands Discord has with the ones to register. Both sides are normalised first (Discord
/// adds ids and versions and may leave out defaults such as <c>required: false</c>).
/// </summary>
internal static class CommandDiff
{
    public static List<CommandChange> Compare(IReadOnlyList<ApplicationCommand> current, IReadOnlyList<ApplicationCommand> desired)
    {
        var changes = new List<CommandChange>();
        var existing = current.Where(c => c.Type == ApplicationCommand.ChatInput).ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var command in desired)
        {
            if (!existing.Remove(command.Name, out var old))
            {
                changes.Add(new CommandChange(command.Name, CommandChangeKind.Added, []));
                continue;
            }

            var details = Differences(old, command);
            changes.Add(new CommandChange(command.Name, details.Count == 0 ? CommandChangeKind.Unchanged : CommandChangeKind.Updated, details));
        }

        changes.AddRange(existing.Keys.Order(StringComparer.Ordinal).Select(name => new CommandChange(name, CommandChangeKind.Removed, [])));
        return changes;
    }

    private static List<string> Differences(ApplicationCommand old, ApplicationCommand command)
    {
        var details = new List<string>();
        if (old.Description != command.Description)
        {
            details.Add("description changed");
        }

        if (!SameSet(old.Contexts, command.Contexts) || !SameSet(old.IntegrationTypes, command.IntegrationTypes))
        {
            details.Add("where it can be used changed");
        }

        var before = (old.Options ?? []).ToDictionary(o => o.Name, Canonical, StringComparer.Ordinal);
        foreach (var option in command.Options ?? [])
        {
            if (!before.Remove(option.Name, out var was))
            {
                details.Add($"added {option.Name}");
            }
            else if (was != Canonical(option))
            {
                details.Add($"changed {option.Name}");
            }
        }

        details.AddRange(before.Keys.Order(StringComparer.Ordinal).Select(name => $"removed {name}"));
        if (details.Count == 0 && !SameOrder(old.Options, command.Options))
        {
            details.Add("option order changed");
        }

        return details;
    }

    /// <summary>The option as JSON with the defaults written out, so absent and default compare equal.</summary>
    private static string Canonical(CommandOption option)
    {
        var node = new JsonObject
        {
            ["type"] = option.Type,
            ["name"] = option.Name,
            ["description"] = option.Description,
            ["required"] = option.Required ?? false,
            ["autocomplete"] = option.Autocomplete ?? false,
            ["max_length"] = option.MaxLength,
            ["choices"] = JsonSerializer.SerializeToNode(option.Choices ?? [], DiscordJsonContext.Default.IReadOnlyListCommandChoice),
            ["options"] = new JsonArray((option.Options ?? []).Select(o => (JsonNode?)JsonValue.Create(Canonical(o))).ToArray()),
        };
        return node.ToJsonString();
    }

    private static bool SameSet(IReadOnlyList<int>? a, IReadOnlyList<int>? b) =>
        (a ?? []).Order().SequenceEqual((b ?? []).Order());

    private static bool SameOrder(IReadOnlyList<CommandOption>? a, IReadOnlyList<CommandOption>? b) =>
        (a ?? []).Select(o => o.Name).SequenceEqual((b ?? []).Select(o => o.Name), StringComparer.Ordinal);
}
