using System.Net;
using CareerBot.Adapters.Hosting;
using CareerBot.Discord.Rendering;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private static readonly DiscordMessage Hello = new("hello", null, null, AllowedMentions.None);

    [Fact]
    public async Task BotCalls_CarryTheBotTokenAndTheDiscordBotUserAgent()
    {
        await using var h = await RestHarness.StartAsync();

        await h.Client.CreateMessageAsync("123", Hello, CancellationToken.None);

        var request = Assert.Single(h.Api.Requests);
        Assert.Equal("channels/123/messages", request.Path);
        Assert.Equal($"Bot {DiscordTestHost.Token}", request.Header("Authorization"));
        Assert.Matches(@"^DiscordBot \(https?://[^,]+, \d+\.\d+\.\d+\)$", request.Header("User-Agent"));
        Assert.Equal("""{"content":"hello","allowed_mentions":{"parse":[]}}""", request.Body);
    }

    [Fact]
    public async Task InteractionCallbacks_NeedNoBotToken()
    {
        await using var h = await RestHarness.StartAsync();

        await h.Client.CreateInteractionResponseAsync("1", "tok", """{"type":1}"""u8.ToArray(), CancellationToken.None);

        Assert.Null(Assert.Single(h.Api.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task ServerError_OnAnIdempotentCall_IsRetriedWithBackoff_ThenSucceeds()
    {
        await using var h = await RestHarness.StartAsync();
        h.Api.Script(r => r.Method == "GET", new ScriptedResponse(502), times: 2);

        await h.Client.GetGatewayBotAsync(CancellationToken.None);

        Assert.Equal(3, h.Api.Requests.Count);
    }

    [Fact]
    public async Task ServerError_Persisting_FailsAfterTheRetries()
    {
        await using var h = await RestHarness.StartAsync();
        h.Api.Script(r => r.Method == "GET", new ScriptedResponse(503), times: 10);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => h.Client.GetGatewayBotAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(1 + TestTuning.Fast().RestMaxRetries, h.Api.Requests.Count);
    }

    [Fact]
    public async Task ServerError_AfterDiscordReceivedAMessage_IsNotSentAgain()
    {
        await using var h = await RestHarness.StartAsync();
        h.Api.Script(r => r.Method == "POST", new ScriptedResponse(500), times: 5);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => h.Client.CreateMessageAsync("123", Hello, CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Single(h.Api.Requests);
    }

    [Fact]
    public async Task ServerError_OnAnInteractionCallback_IsNotSentAgain()
    {
        await using var h = await RestHarness.StartAsync();
        h.Api.Script(r => r.Method == "POST", new ScriptedResponse(503), times: 5);

        await Assert.ThrowsAsync<DiscordRestException>(() => h.Client.CreateInteractionResponseAsync("1", "tok", """{"type":5}"""u8.ToArray(), CancellationToken.None));

        Assert.Single(h.Api.Requests);
    }

    [Fact]
    public async Task InteractionCallback_DiscordSlow_GivesUpWithinTheThreeSecondWindowAndNeverResends()
    {
        // Discord never answers, and every other call would wait an hour: only the interaction's own short attempt
        // timeout can end this call (no clock is read: a loaded machine cannot make it fail).
        var tuning = TestTuning.Fast();
        tuning.RestAttemptTimeout = TimeSpan.FromHours(1);
        await using var h = await RestHarness.StartAsync(tuning);
        h.Api.Script(r => r.Method == "POST", new ScriptedResponse(204, Delay: TimeSpan.FromHours(1)));

        await Assert.ThrowsAnyAsync<Exception>(() => h.Client.CreateInteractionResponseAsync("1", "tok", """{"type":5}"""u8.ToArray(), CancellationToken.None));

        Assert.Single(h.Api.Requests);
    }

    [Fact]
    public async Task TooManyRequests_OnAMessage_IsSentAgainAfterRetryAfter()
    {
        await using var h = await RestHarness.StartAsync();
        h.Api.Script(r => r.Method == "POST", new ScriptedResponse(429, """{"message":"slow down","retry_after":0.05,"global":false}"""));

        await h.Client.CreateMessageAsync("123", Hello, CancellationToken.None);

        Assert.Equal(2, h.Api.Requests.Count);
    }

    [Theory]
    [InlineData(403, 50013)]
    [InlineData(404, 10003)]
    public async Task ClientErrors_AreNeverRetried(int status, int code)
    {
        await using var h = await RestHarness.StartAsync();
        h.Api.Script(r => r.Method == "POST", new ScriptedResponse(status, $$"""{"message":"nope","code":{{code}}}"""), times: 5);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => h.Client.CreateMessageAsync("123", Hello, CancellationToken.None));

        Assert.Equal(code, error.Code);
        Assert.Single(h.Api.Requests);
    }

    [Fact]
    public async Task Unauthorized_StopsTheAdapterAndNoLaterCallReachesDiscord()
    {
        await using var h = await RestHarness.StartAsync();
        h.Api.Script(_ => true, new ScriptedResponse(401, """{"message":"401: Unauthorized","code":0}"""), times: 5);

        await Assert.ThrowsAsync<BotTokenRejectedException>(() => h.Client.CreateMessageAsync("123", Hello, CancellationToken.None));
        await Assert.ThrowsAsync<BotTokenRejectedException>(() => h.Client.GetGatewayBotAsync(CancellationToken.None));

        Assert.Single(h.Api.Requests);
        Assert.Equal(FatalStop.ExitCode, h.ExitCode);
        Assert.Contains(h.Logs.GetSnapshot(), r => r.Message.Contains("Discord__BotToken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailedWebhookEdit_LogsTheRouteButNeverTheInteractionToken()
    {
        await using var h = await RestHarness.StartAsync();
        const string token = "secret-interaction-token-xyz";
        h.Api.Script(r => r.Method == "PATCH", new ScriptedResponse(404, """{"message":"Unknown Webhook","code":10015}"""));

        await Assert.ThrowsAsync<DiscordRestException>(() => h.Client.EditOriginalResponseAsync(DiscordTestHost.ApplicationId, token, Hello, CancellationToken.None));

        var logs = h.Logs.GetSnapshot();
        Assert.Contains(logs, r => r.Message.Contains("webhooks/{application_id}/{token}/messages/@original", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, r => r.Message.Contains(token, StringComparison.Ordinal) || (r.Exception?.ToString().Contains(token, StringComparison.Ordinal) ?? false));
    }
}
