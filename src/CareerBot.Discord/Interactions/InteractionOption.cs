using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Discord.Interactions;

/// <summary>An option the user filled in, or a subcommand holding its own options.</summary>
internal sealed record InteractionOption(string? Name, int Type, JsonElement? Value, IReadOnlyList<InteractionOption>? Options, bool? Focused)
{
    /// <summary>
    /// Stands for a string value that is not valid UTF-16 (JSON can carry a lone surrogate such as <c>"\ud800"</c>, which
    /// cannot be read as a string): it is itself a lone surrogate, so the core refuses it with its one message for
    /// unreadable text instead of the option failing to parse.
    /// </summary>
    public const string Unreadable = "\uD800";

    /// <summary>The value as text; numbers and booleans as Discord sent them; <see cref="Unreadable"/> for invalid text.</summary>
    [JsonIgnore]
    public string? Text => Value switch
    {
        { ValueKind: JsonValueKind.String } v => StringOf(v),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
        { ValueKind: JsonValueKind.False } => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string StringOf(JsonElement value)
    {
        try
        {
            return value.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return Unreadable;
        }
    }
}
