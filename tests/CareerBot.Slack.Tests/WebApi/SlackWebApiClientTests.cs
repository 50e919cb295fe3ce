using CareerBot.Slack.Rendering;
using CareerBot.Slack.Tests.Peers;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Slack.Tests.WebApi;

public sealed class SlackWebApiClientTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-01-05T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private FakeSlack _slack = null!;
    private ServiceProvider _services = null!;

    private static readonly SlackMessage Message = new("hello", [new SectionBlock(TextObject.Mrkdwn("hello"))]);

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await _slack.DisposeAsync();
    }

    private SlackWebApiClient Client(Dictionary<string, string?>? settings = null, Uri? apiBaseUrl = null)
    {
        _services = SlackServices.Build(_slack, _clock, settings, apiBaseUrl);
        return _services.GetRequiredService<SlackWebApiClient>();
    }

    [Fact]
    public async Task PostMessage_SendsJsonWithTheBotToken_AndReturnsTheTs()
    {
        var client = Client();

        var ts = await client.PostMessageAsync(PostMessageRequest.From("C0GENERAL", Message, "1.000"), CancellationToken.None);

        Assert.Equal("1700000000.000001", ts);
        var call = Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Equal("Bearer " + BotUnderTest.BotToken, call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(call.Body), call.ContentLength);
        Assert.Equal("C0GENERAL", call.Json.GetProperty("channel").GetString());
        Assert.Equal("1.000", call.Json.GetProperty("thread_ts").GetString());
        Assert.Equal("section", call.Json.GetProperty("blocks")[0].GetProperty("type").GetString());
        Assert.False(call.Json.GetProperty("unfurl_links").GetBoolean());
    }

    [Fact]
    public async Task RateLimited_WaitsForRetryAfter_ThenSendsAgain()
    {
        _slack.Script("chat.postMessage", FakeResponse.RateLimited(30));
        var client = Client();

        var posting = client.PostMessageAsync(PostMessageRequest.From("C0GENERAL", Message), CancellationToken.None);

        await _slack.WaitForCallsAsync("chat.postMessage");

        // Let fake seconds pass one at a time until the retry arrives: it must not come before Retry-After.
        var secondsWaited = 0;
        while (_slack.CallsTo("chat.postMessage").Count < 2)
        {
            Assert.True(secondsWaited < 120, "the request was never retried");
            await Task.Delay(20);
            _clock.Advance(TimeSpan.FromSeconds(1));
            secondsWaited++;
        }

        Assert.InRange(secondsWaited, 30, 120);
        Assert.Equal("1700000000.000001", await posting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task OkFalse_IsAnErrorWithSlacksCode_AndIsNotRetried()
    {
        _slack.Script("chat.postEphemeral", FakeResponse.Error("user_not_in_channel"));
        var client = Client();

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            client.PostEphemeralAsync(PostEphemeralRequest.From("C0GENERAL", "U0ALICE", Message), CancellationToken.None));

        Assert.Equal("user_not_in_channel", error.Error);
        Assert.False(error.IsAuthFailure);
        Assert.Single(_slack.CallsTo("chat.postEphemeral"));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Post_RefusedBeforeSlackActed_IsRetried(int status)
    {
        _slack.Script("chat.postMessage", new FakeResponse(status, "not now"));
        var client = Client(new() { ["Slack:ApiRetryDelay"] = "00:00:00" });

        var ts = await client.PostMessageAsync(PostMessageRequest.From("C0GENERAL", Message), CancellationToken.None);

        Assert.NotNull(ts);
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task Post_GatewayErrors_AreNotRetried_BecauseSlackMayHavePostedAlready(int status)
    {
        _slack.Script("chat.postEphemeral", new FakeResponse(status, "upstream trouble"));
        var client = Client(new() { ["Slack:ApiRetryDelay"] = "00:00:00" });

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            client.PostEphemeralAsync(PostEphemeralRequest.From("C0GENERAL", "U0ALICE", Message), CancellationToken.None));

        Assert.Equal($"http_{status}", error.Error);
        await Task.Delay(50);
        Assert.Single(_slack.CallsTo("chat.postEphemeral"));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task Read_TransientErrors_AreRetried(int status)
    {
        _slack.Script("auth.test", new FakeResponse(status, "upstream trouble"));
        var client = Client(new() { ["Slack:ApiRetryDelay"] = "00:00:00" });

        await client.AuthTestAsync(CancellationToken.None);

        Assert.Equal(2, _slack.CallsTo("auth.test").Count);
    }

    [Fact]
    public async Task PostThatTimesOutAfterSlackReceivedIt_IsNotSentAgain()
    {
        _slack.Script("chat.postMessage", FakeResponse.NoAnswer());
        var client = Client(new() { ["Slack:ApiRetryDelay"] = "00:00:00", ["Slack:ApiAttemptTimeout"] = "00:00:05" });

        var posting = client.PostMessageAsync(PostMessageRequest.From("C0GENERAL", Message), CancellationToken.None);
        await _slack.WaitForCallsAsync("chat.postMessage");
        await AdvanceUntilDoneAsync(posting);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => posting);
        Assert.Equal("timeout", error.Error);
        await Task.Delay(100);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task ReadThatTimesOut_IsRetried()
    {
        _slack.Script("conversations.open", FakeResponse.NoAnswer());
        var client = Client(new() { ["Slack:ApiRetryDelay"] = "00:00:00", ["Slack:ApiAttemptTimeout"] = "00:00:05" });

        var opening = client.OpenDirectMessageAsync("U0NEWBIE", CancellationToken.None);
        await _slack.WaitForCallsAsync("conversations.open");
        await AdvanceUntilDoneAsync(opening);

        Assert.Equal("D0NEWBIE", await opening);
        Assert.Equal(2, _slack.CallsTo("conversations.open").Count);
    }

    [Fact]
    public async Task InternalServerError_IsNotRetried_BecauseSlackMayHavePostedAlready()
    {
        _slack.Script("chat.postMessage", new FakeResponse(500, "oops"));
        var client = Client(new() { ["Slack:ApiRetryDelay"] = "00:00:00" });

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.PostMessageAsync(PostMessageRequest.From("C0GENERAL", Message), CancellationToken.None));

        Assert.Equal("http_500", error.Error);
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task UnreachableSlack_IsRetriedThenReported()
    {
        var closedPort = new Uri("http://127.0.0.1:1/api/");
        var client = Client(new() { ["Slack:ApiRetryDelay"] = "00:00:00", ["Slack:ApiMaxRetries"] = "2" }, closedPort);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.AuthTestAsync(CancellationToken.None));

        Assert.Equal("connection_failed", error.Error);
    }

    [Fact]
    public async Task StalledResponseBody_IsATimeoutError_NotAHang()
    {
        _slack.Script("apps.connections.open", FakeResponse.StalledBody());
        var client = Client(new() { ["Slack:AppToken"] = BotUnderTest.AppToken, ["Slack:ApiAttemptTimeout"] = "00:00:05" });

        var opening = client.OpenSocketModeConnectionAsync(CancellationToken.None);
        await _slack.WaitForCallsAsync("apps.connections.open");
        await AdvanceUntilDoneAsync(opening);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => opening);
        Assert.Equal("timeout", error.Error);
    }

    [Fact]
    public void NamedClients_HaveNoOverallTimeout_SoLongRetryAfterWaitsAreNotCutShort()
    {
        Client();
        var factory = _services.GetRequiredService<IHttpClientFactory>();

        Assert.Equal(Timeout.InfiniteTimeSpan, factory.CreateClient(SlackWebApiClient.HttpClientName).Timeout);
        Assert.Equal(Timeout.InfiniteTimeSpan, factory.CreateClient(ResponseUrlClient.HttpClientName).Timeout);
    }

    [Theory]
    [InlineData("invalid_auth")]
    [InlineData("token_revoked")]
    [InlineData("account_inactive")]
    [InlineData("not_authed")]
    public async Task AuthErrors_AreRecognisedAsFatal(string code)
    {
        _slack.Script("auth.test", FakeResponse.Error(code));
        var client = Client();

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.AuthTestAsync(CancellationToken.None));

        Assert.True(error.IsAuthFailure);
    }

    [Fact]
    public async Task AuthTest_ReturnsTheBotsOwnIds()
    {
        var identity = await Client().AuthTestAsync(CancellationToken.None);

        Assert.Equal(new SlackBotIdentity(FakeSlack.BotUserId, FakeSlack.BotId, FakeSlack.TeamId), identity);
    }

    [Fact]
    public async Task OpenDirectMessage_ReturnsTheDmChannel() =>
        Assert.Equal("D0NEWBIE", await Client().OpenDirectMessageAsync("U0NEWBIE", CancellationToken.None));

    [Fact]
    public async Task MessagesToOneChannel_AreSpacedAboutOneSecondApart()
    {
        var client = Client(new() { ["Slack:ChannelMessageInterval"] = "00:00:01" });

        await client.PostMessageAsync(PostMessageRequest.From("C0BUSY", Message), CancellationToken.None);
        var second = client.PostMessageAsync(PostMessageRequest.From("C0BUSY", Message), CancellationToken.None);
        await client.PostMessageAsync(PostMessageRequest.From("C0QUIET", Message), CancellationToken.None);

        await Task.Delay(100);
        Assert.False(second.IsCompleted);
        Assert.Equal(["C0BUSY", "C0QUIET"], _slack.CallsTo("chat.postMessage").Select(call => call.Json.GetProperty("channel").GetString()));

        _clock.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(3, _slack.CallsTo("chat.postMessage").Count);
    }

    /// <summary>Lets fake seconds pass until <paramref name="task"/> ends (an attempt timeout or a retry delay).</summary>
    private async Task AdvanceUntilDoneAsync(Task task)
    {
        for (var seconds = 0; !task.IsCompleted; seconds++)
        {
            Assert.True(seconds < 120, "the call never ended");
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(task, Task.Delay(20));
        }
    }
}
