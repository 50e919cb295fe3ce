using CareerBot.Slack.Tests.Peers;

namespace CareerBot.Slack.Tests.SocketMode;

/// <summary>
/// Slash commands on the Socket Mode path: the budget with an engine that is slow the way the core is (synchronously),
/// and text that is not valid UTF-16.
/// </summary>
public sealed class SocketModeBudgetTests
{
    [Fact]
    public async Task SlashCommand_AnEngineThatBlocksItsThread_IsAcknowledgedAndDeliveredThroughTheResponseUrl()
    {
        await using var slack = await FakeSlack.StartAsync();
        using var engine = new BlockingResponder();
        await using var bot = await BotUnderTest.StartAsync(
            slack,
            new() { ["Slack:SocketPingInterval"] = "00:00:00.500", ["Slack:SocketPingTimeout"] = "00:00:02", ["Slack:SlashCommandBudget"] = "00:00:00.100" },
            engine,
            httpMode: false,
            socketMode: true);
        var socket = await slack.NextSocketAsync();
        await socket.SendHelloAsync();
        var payload = $$"""{"token":"x","team_id":"T0TEAM","channel_id":"C0GENERAL","user_id":"U0ALICE","command":"/career","text":"salary lead","api_app_id":"A0APP","response_url":"{{slack.ResponseUrl("sock-blocked")}}","trigger_id":"1.2.3"}""";

        await socket.SendAsync($$"""{"envelope_id":"env-blocked","type":"slash_commands","payload":{{payload}},"accepts_response_payload":true}""");

        // Acknowledged without the answer while the engine still holds its thread.
        var ack = await socket.ReceiveAsync();
        Assert.Equal("env-blocked", ack.GetProperty("envelope_id").GetString());
        Assert.False(ack.TryGetProperty("payload", out _));
        engine.Release();
        var posted = Assert.Single(await slack.WaitForCallsAsync("response_url"));
        Assert.Equal("/hooks/sock-blocked", posted.Path);
        Assert.Contains(posted.DisplayedTexts(), text => text.Contains("You asked: salary lead", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlashCommand_WithALoneSurrogate_GetsTheClearRefusalInTheAcknowledgement()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(
            slack, new() { ["Slack:SocketPingInterval"] = "00:00:00.500", ["Slack:SocketPingTimeout"] = "00:00:02" }, httpMode: false, socketMode: true);
        var socket = await slack.NextSocketAsync();
        await socket.SendHelloAsync();
        // JSON can carry "\ud800", which no string can hold as valid text.
        var payload = $$"""{"token":"x","team_id":"T0TEAM","channel_id":"C0GENERAL","user_id":"U0ALICE","command":"/career","text":"\ud800 salary","api_app_id":"A0APP","response_url":"{{slack.ResponseUrl("sock-bad")}}","trigger_id":"1.2.3"}""";

        await socket.SendAsync($$"""{"envelope_id":"env-bad","type":"slash_commands","payload":{{payload}},"accepts_response_payload":true}""");

        var ack = await socket.ReceiveAsync();
        Assert.Equal("env-bad", ack.GetProperty("envelope_id").GetString());
        Assert.Contains(RecordedCall.DisplayedTexts(ack.GetProperty("payload")), text => text.Contains("I couldn't read that", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, entry => entry.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }
}
