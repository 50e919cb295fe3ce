namespace CareerBot.Slack.Tests.Peers;

/// <summary>A scripted answer of the fake Web API.</summary>
public sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, FakeStall Stall = FakeStall.None)
{
    public static FakeResponse Error(string error) => new(200, $$"""{"ok":false,"error":"{{error}}"}""");

    public static FakeResponse RateLimited(int retryAfterSeconds) =>
        new(429, """{"ok":false,"error":"ratelimited"}""", new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>The request is received (and recorded) but never answered until the client gives up.</summary>
    public static FakeResponse NoAnswer() => new(200, string.Empty, Stall: FakeStall.BeforeHeaders);

    /// <summary>200 and the first bytes of a JSON body, then silence until the client gives up.</summary>
    public static FakeResponse StalledBody() => new(200, """{"ok":true,""", Stall: FakeStall.MidBody);
}
