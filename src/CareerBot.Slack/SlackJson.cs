using System.Text.Json;

namespace CareerBot.Slack;

/// <summary>Slack's wire format: snake_case names, absent values left out.</summary>
internal static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
    };
}
