using CareerBot.Discord.Rendering;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Rest;

public sealed class RateLimitHandlerTests
{
    private const int RateLimitedEvent = 2200;
    private static readonly DiscordMessage Hello = new("hello", null, null, AllowedMentions.None);

    [Fact]
    public async Task TooManyRequests_WaitsRetryAfterThenRetriesTheRoute()
    {
        await using var h = await RestHarness.StartAsync();
        h.Api.Script(r => r.Path == "channels/1/messages", new ScriptedResponse(429, """{"message":"You are being rate limited.","retry_after":0.3,"global":false}""", new Dictionary<string, string> { ["X-RateLimit-Scope"] = "user" }));

        await h.Client.CreateMessageAsync("1", Hello, CancellationToken.None);

        var calls = h.Api.Matching("POST", "channels/1/messages");
        Assert.Equal(2, calls.Count);
        Assert.True((calls[1].At - calls[0].At).TotalMilliseconds >= 280, $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task TooManyRequests_OnOneRoute_DoesNotHoldUpOtherRoutes()
    {
        await using var h = await RestHarness.StartAsync();
        // Channel 1 is limited for ten minutes: were channel 2 held up by it, this test would hang (no clock is read).
        h.Api.Script(r => r.Path == "channels/1/messages", new ScriptedResponse(429, """{"message":"slow down","retry_after":600,"global":false}"""));
        using var giveUp = new CancellationTokenSource();

        var limited = h.Client.CreateMessageAsync("1", Hello, giveUp.Token);
        await h.Logs.WaitForEventAsync(RateLimitedEvent);
        await h.Client.CreateMessageAsync("2", Hello, CancellationToken.None);

        Assert.False(limited.IsCompleted);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limited);
        Assert.Single(h.Api.Requests, r => r.Path == "channels/2/messages");
    }

    [Fact]
    public async Task GlobalTooManyRequests_HoldsUpEveryRoute()
    {
        await using var h = await RestHarness.StartAsync();
        h.Api.Script(r => r.Path == "channels/1/messages", new ScriptedResponse(429, """{"message":"global","retry_after":0.4,"global":true}""", new Dictionary<string, string> { ["X-RateLimit-Global"] = "true" }));

        var limited = h.Client.CreateMessageAsync("1", Hello, CancellationToken.None);
        var limitedAt = (await h.Api.WaitForAsync("POST", "channels/1/messages")).At;
        await h.Logs.WaitForEventAsync(RateLimitedEvent);
        await h.Client.CreateMessageAsync("2", Hello, CancellationToken.None);
        var otherAt = h.Api.Matching("POST", "channels/2/messages")[0].At;
        await limited;

        Assert.True((otherAt - limitedAt).TotalMilliseconds >= 380, $"another route went after {(otherAt - limitedAt).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task ExhaustedBucket_WaitsForItsReset()
    {
        await using var h = await RestHarness.StartAsync();
        h.Api.Script(r => r.Path == "channels/1/messages", new ScriptedResponse(200, """{"id":"1"}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "0.35",
            ["X-RateLimit-Bucket"] = "abcd",
        }));

        await h.Client.CreateMessageAsync("1", Hello, CancellationToken.None);
        await h.Client.CreateMessageAsync("1", Hello, CancellationToken.None);

        var calls = h.Api.Matching("POST", "channels/1/messages");
        Assert.True((calls[1].At - calls[0].At).TotalMilliseconds >= 320, $"second call after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
    }
}
