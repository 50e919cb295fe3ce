using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Discord.Interactions;

/// <summary>An option the user filled in, or a subcommand holding its own options.</summary>
internal sealed record InteractionOption(string? Name, int Type, JsonElement? Value, IReadOnlyList<InteractionOption>? Options, bool? Focused)
{
    /// <summary>The value as text; numbers and booleans as Discord sent them.</summary>
    [JsonIgnore]
    public string? Text => Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
        { ValueKind: JsonValueKind.False } => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
        _ => null,
    };
}
