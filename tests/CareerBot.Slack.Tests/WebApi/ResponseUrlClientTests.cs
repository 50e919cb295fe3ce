using CareerBot.Slack.Rendering;
using CareerBot.Slack.Tests.Peers;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Slack.Tests.WebApi;

public sealed class ResponseUrlClientTests : IAsyncLifetime
{
    private static readonly ResponseMessage Answer = ResponseMessage.EphemeralOf(new SlackMessage("hello", [new SectionBlock(TextObject.Mrkdwn("hello"))]));

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-01-05T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private FakeSlack _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _services = SlackServices.Build(_slack, _clock, new() { ["Slack:ApiRetryDelay"] = "00:00:00", ["Slack:ApiAttemptTimeout"] = "00:00:05" });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private ResponseUrlClient Client => _services.GetRequiredService<ResponseUrlClient>();

    [Fact]
    public async Task PostThatTimesOutAfterSlackReceivedIt_IsNotSentAgain()
    {
        _slack.Script("response_url", FakeResponse.NoAnswer());

        var posting = Client.PostAsync(_slack.ResponseUrl("slow"), Answer, CancellationToken.None);
        await _slack.WaitForCallsAsync("response_url");
        for (var seconds = 0; !posting.IsCompleted; seconds++)
        {
            Assert.True(seconds < 120, "the call never ended");
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(posting, Task.Delay(20));
        }

        var error = await Assert.ThrowsAsync<SlackApiException>(() => posting);
        Assert.Equal("timeout", error.Error);
        await Task.Delay(100);
        Assert.Single(_slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task Unavailable_IsRetried()
    {
        _slack.Script("response_url", new FakeResponse(503, "not now"));

        await Client.PostAsync(_slack.ResponseUrl("busy"), Answer, CancellationToken.None);

        Assert.Equal(2, _slack.CallsTo("response_url").Count);
    }

    [Fact]
    public async Task GatewayError_IsNotRetried_BecauseSlackMayHavePostedAlready()
    {
        _slack.Script("response_url", new FakeResponse(502, "upstream trouble"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PostAsync(_slack.ResponseUrl("gw"), Answer, CancellationToken.None));

        Assert.Equal("http_502", error.Error);
        await Task.Delay(50);
        Assert.Single(_slack.CallsTo("response_url"));
    }
}
