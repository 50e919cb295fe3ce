namespace CareerBot.Slack.Tests.Peers;

/// <summary>A scripted answer of the fake Web API.</summary>
public sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Error(string error) => new(200, $$"""{"ok":false,"error":"{{error}}"}""");

    public static FakeResponse RateLimited(int retryAfterSeconds) =>
        new(429, """{"ok":false,"error":"ratelimited"}""", new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
