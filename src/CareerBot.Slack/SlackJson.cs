using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.Adapters.Json;

namespace CareerBot.Slack;

/// <summary>Slack's wire format: snake_case names, absent values left out.</summary>
internal static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
        // A lone surrogate in a text field is read as unreadable text (the core's clear refusal), not a failed payload.
        Converters = { new ReadableStringConverter() },
    };

    /// <summary>A JSON request body with its length known up front (no chunked upload), as Slack documents.</summary>
    public static ByteArrayContent Content<T>(T value)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, Options));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
