using System.Text.Json;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>A request the fake REST API received; <see cref="Path"/> is relative to <c>/api/v10/</c>.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => $"{Method} {Path}";
}
