using System.Text.Json;

namespace CareerBot.Slack.WebApi;

internal static class JsonElementExtensions
{
    /// <summary>The string value of a property, or null when it is absent or not a string.</summary>
    public static string? GetStringOrNull(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
