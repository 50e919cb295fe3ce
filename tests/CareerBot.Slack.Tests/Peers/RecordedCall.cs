using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace CareerBot.Slack.Tests.Peers;

/// <summary>A request the fake Slack received: a Web API method (or <c>response_url</c> for the hooks) and its body.</summary>
public sealed record RecordedCall(string Method, string Path, string? Authorization, string? ContentType, long? ContentLength, string Body, DateTimeOffset ReceivedAt)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public Dictionary<string, StringValues> Form => QueryHelpers.ParseQuery(Body);

    /// <summary>Every string anywhere in the JSON body, for checks such as "no raw &lt;!channel&gt; was sent".</summary>
    public IEnumerable<string> AllStrings() => Strings(Json);

    /// <summary>What a person sees: every string property named <c>text</c> (top-level text and text objects).</summary>
    public IEnumerable<string> DisplayedTexts() => DisplayedTexts(Json);

    public static IEnumerable<string> DisplayedTexts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property =>
            property.Name == "text" && property.Value.ValueKind == JsonValueKind.String ? [property.Value.GetString()!] : DisplayedTexts(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(DisplayedTexts),
        _ => [],
    };

    public static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Strings(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
