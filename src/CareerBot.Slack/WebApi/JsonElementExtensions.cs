using System.Text.Json;

namespace CareerBot.Slack.WebApi;

internal static class JsonElementExtensions
{
    /// <summary>
    /// Stands for a string that is not valid text (JSON can carry a lone surrogate such as <c>"\ud800"</c>, which
    /// <see cref="JsonElement.GetString"/> cannot read): itself a lone surrogate, so the core refuses it with its one
    /// message for unreadable text instead of the payload failing to parse.
    /// </summary>
    public const string Unreadable = "\uD800";

    /// <summary>The string value of a property, or null when it is absent or not a string; <see cref="Unreadable"/> for invalid text.</summary>
    public static string? GetStringOrNull(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return Unreadable;
        }
    }
}
