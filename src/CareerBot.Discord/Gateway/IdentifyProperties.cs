using System.Text.Json.Serialization;

namespace CareerBot.Discord.Gateway;

internal sealed record IdentifyProperties(
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("browser")] string Browser,
    [property: JsonPropertyName("device")] string Device);
