using System.Diagnostics;
using System.Text.Json;
using CareerBot.Slack.Tests.Peers;

namespace CareerBot.Slack.Tests.SocketMode;

/// <summary>Socket Mode against a loopback WebSocket server that plays Slack's script.</summary>
public sealed class SocketModeTests
{
    // Timings loose enough for a busy two-core CI machine; the watchdog tests tighten the one they exercise.
    private static readonly Dictionary<string, string?> Timings = new()
    {
        ["Slack:SocketPingInterval"] = "00:00:00.500",
        ["Slack:SocketPingTimeout"] = "00:00:02",
        ["Slack:SocketHelloTimeout"] = "00:00:03",
    };

    private static Task<BotUnderTest> StartAsync(FakeSlack slack, Dictionary<string, string?>? settings = null, CareerBot.Core.Routing.IChatResponder? responder = null) =>
        BotUnderTest.StartAsync(slack, settings ?? Timings, responder, httpMode: false, socketMode: true);

    private static string Envelope(string type, string envelopeId, string payload, bool acceptsResponsePayload = false, int retryAttempt = 0) =>
        $$"""{"envelope_id":"{{envelopeId}}","type":"{{type}}","payload":{{payload}},"accepts_response_payload":{{(acceptsResponsePayload ? "true" : "false")}},"retry_attempt":{{retryAttempt}},"retry_reason":"{{(retryAttempt > 0 ? "timeout" : "")}}"}""";

    private static string MentionEnvelope(string envelopeId, string eventId = "EvM1", string text = "<@U0BOT> salary senior", string ts = "1700000600.000600", int retryAttempt = 0) =>
        Envelope("events_api", envelopeId, SlackRequests.EventCallback(eventId, SlackRequests.AppMention(text, ts: ts)), retryAttempt: retryAttempt);

    private static string SlashPayload(string text, Uri responseUrl) =>
        $$"""{"token":"x","team_id":"T0TEAM","team_domain":"fake","channel_id":"C0GENERAL","channel_name":"general","user_id":"U0ALICE","user_name":"alice","command":"/career","text":{{JsonSerializer.Serialize(text)}},"api_app_id":"A0APP","is_enterprise_install":"false","response_url":"{{responseUrl}}","trigger_id":"1.2.3"}""";

    private static async Task<FakeSocketSession> ConnectedAsync(FakeSlack slack)
    {
        var session = await slack.NextSocketAsync();
        await session.SendHelloAsync();
        return session;
    }

    private static async Task AssertAckAsync(FakeSocketSession session, string envelopeId)
    {
        var ack = await session.ReceiveAsync();
        Assert.Equal(envelopeId, ack.GetProperty("envelope_id").GetString());
        Assert.False(ack.TryGetProperty("payload", out _));
    }

    [Fact]
    public async Task EventEnvelope_IsAcknowledgedBeforeAnyWork_ThenAnsweredInTheThread()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = new GatedResponder();
        await using var bot = await StartAsync(slack, responder: engine);
        var socket = await ConnectedAsync(slack);

        await socket.SendAsync(MentionEnvelope("env-1"));

        await AssertAckAsync(socket, "env-1");
        Assert.Empty(slack.CallsTo("chat.postMessage"));
        engine.Open();
        var post = Assert.Single(await slack.WaitForCallsAsync("chat.postMessage"));
        Assert.Equal("1700000600.000600", post.Json.GetProperty("thread_ts").GetString());
        Assert.Equal("salary senior", Assert.Single(engine.Requests).Text);
    }

    [Fact]
    public async Task SlashCommand_AnswerRidesInTheAcknowledgement()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await StartAsync(slack);
        var socket = await ConnectedAsync(slack);

        await socket.SendAsync(Envelope("slash_commands", "env-slash", SlashPayload("salary senior", slack.ResponseUrl("s1")), acceptsResponsePayload: true));

        var ack = await socket.ReceiveAsync();
        Assert.Equal("env-slash", ack.GetProperty("envelope_id").GetString());
        var payload = ack.GetProperty("payload");
        Assert.Equal("ephemeral", payload.GetProperty("response_type").GetString());
        Assert.Contains(RecordedCall.DisplayedTexts(payload), text => text.Contains("$160,000-$200,000+", StringComparison.Ordinal));
        await Task.Delay(50);
        Assert.Empty(slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task SlashCommand_WhenSlackTakesNoPayload_IsAcknowledgedAndAnsweredThroughTheResponseUrl()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await StartAsync(slack);
        var socket = await ConnectedAsync(slack);

        await socket.SendAsync(Envelope("slash_commands", "env-slash", SlashPayload("help", slack.ResponseUrl("s2"))));

        await AssertAckAsync(socket, "env-slash");
        var answer = Assert.Single(await slack.WaitForCallsAsync("response_url"));
        Assert.Contains(answer.DisplayedTexts(), text => text.Contains("salary [level]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlowSlashCommand_IsAcknowledgedWithinTheBudget_AndAnsweredLater()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = new GatedResponder();
        await using var bot = await StartAsync(slack, new(Timings) { ["Slack:SlashCommandBudget"] = "00:00:00.100" }, engine);
        var socket = await ConnectedAsync(slack);

        await socket.SendAsync(Envelope("slash_commands", "env-slow", SlashPayload("path", slack.ResponseUrl("s3")), acceptsResponsePayload: true));

        await AssertAckAsync(socket, "env-slow");
        engine.Open();
        var answer = Assert.Single(await slack.WaitForCallsAsync("response_url"));
        Assert.Contains(answer.DisplayedTexts(), text => text.Contains("You asked: path", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlowSlashCommands_DoNotHoldUpAnyOtherAcknowledgement()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = new GatedResponder();
        // A budget long enough that only a stalled mention could come after it, and short enough to wait for.
        await using var bot = await StartAsync(slack, new(Timings) { ["Slack:SlashCommandBudget"] = "00:00:02.500" }, engine);
        var socket = await ConnectedAsync(slack);
        var clock = Stopwatch.StartNew();

        for (var i = 1; i <= 3; i++)
        {
            await socket.SendAsync(Envelope("slash_commands", $"env-slash-{i}", SlashPayload($"question {i}", slack.ResponseUrl($"q{i}")), acceptsResponsePayload: true));
        }

        await socket.SendAsync(MentionEnvelope("env-mention"));

        // The mention is acknowledged at once, before any slash command's budget runs out: nothing waits on their work.
        var acks = new List<(string Id, TimeSpan At, bool HasPayload)>();
        for (var i = 0; i < 4; i++)
        {
            var ack = await socket.ReceiveAsync();
            acks.Add((ack.GetProperty("envelope_id").GetString()!, clock.Elapsed, ack.TryGetProperty("payload", out _)));
        }

        Assert.Equal("env-mention", acks[0].Id);
        Assert.Equal(["env-slash-1", "env-slash-2", "env-slash-3"], acks.Skip(1).Select(ack => ack.Id).Order());
        // The three budgets ran side by side: one after another, the last would come a whole budget after the first.
        var slashes = acks.Skip(1).Select(ack => ack.At).ToList();
        Assert.True(slashes.Max() - slashes.Min() < TimeSpan.FromSeconds(2.5), $"slash commands acknowledged at {string.Join(", ", slashes)}");
        Assert.All(acks, ack => Assert.False(ack.HasPayload));

        engine.Open();
        Assert.Equal(3, (await slack.WaitForCallsAsync("response_url", 3)).Count);
        await slack.WaitForCallsAsync("chat.postMessage");
    }

    [Fact]
    public async Task SlowSlashCommand_DoesNotStarveTheWatchdog_OfAHealthySocket()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = new GatedResponder();
        await using var bot = await StartAsync(
            slack,
            new(Timings) { ["Slack:SocketPingInterval"] = "00:00:00.100", ["Slack:SocketPingTimeout"] = "00:00:00.600", ["Slack:SlashCommandBudget"] = "00:00:01.500" },
            engine);
        var socket = await ConnectedAsync(slack);

        await socket.SendAsync(Envelope("slash_commands", "env-slow", SlashPayload("path", slack.ResponseUrl("w1")), acceptsResponsePayload: true));

        await AssertAckAsync(socket, "env-slow");
        await socket.SendAsync(MentionEnvelope("env-still-here"));
        await AssertAckAsync(socket, "env-still-here");
        Assert.Single(slack.CallsTo("apps.connections.open"));
        Assert.DoesNotContain(bot.Logs.Entries, entry => entry.EventId.Id is 3603 or 3606);
        engine.Open();
        await slack.WaitForCallsAsync("response_url");
    }

    [Fact]
    public async Task SlashCommandsBeyondTheConcurrencyLimit_AreAcknowledgedAtOnce_WithTheBusyNotice()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = new GatedResponder();
        await using var bot = await StartAsync(slack, new(Timings) { ["Slack:SlashCommandBudget"] = "00:00:00.500", ["Slack:SlashCommandConcurrency"] = "1" }, engine);
        var socket = await ConnectedAsync(slack);

        await socket.SendAsync(Envelope("slash_commands", "env-first", SlashPayload("path", slack.ResponseUrl("f1")), acceptsResponsePayload: true));
        await Eventually.TrueAsync(() => engine.Requests.Count == 1);
        await socket.SendAsync(Envelope("slash_commands", "env-second", SlashPayload("salary", slack.ResponseUrl("f2")), acceptsResponsePayload: true));

        var busy = await socket.ReceiveAsync();
        Assert.Equal("env-second", busy.GetProperty("envelope_id").GetString());
        Assert.Contains(RecordedCall.DisplayedTexts(busy.GetProperty("payload")), text => text.Contains("busy", StringComparison.Ordinal));
        await AssertAckAsync(socket, "env-first");
        Assert.Single(engine.Requests);
        engine.Open();
        Assert.Equal("/hooks/f1", Assert.Single(await slack.WaitForCallsAsync("response_url")).Path);
    }

    [Fact]
    public async Task ButtonClick_IsAcknowledged_ThenAnswered()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await StartAsync(slack);
        var socket = await ConnectedAsync(slack);

        await socket.SendAsync(Envelope("interactive", "env-click", SlackRequests.BlockActions("careerbot.followup.0", "salary senior", slack.ResponseUrl("c1"))));

        await AssertAckAsync(socket, "env-click");
        var answer = Assert.Single(await slack.WaitForCallsAsync("response_url"));
        Assert.Contains(answer.DisplayedTexts(), text => text.Contains("$160,000-$200,000+", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("warning")]
    [InlineData("refresh_requested")]
    [InlineData("link_disabled")]
    [InlineData("too_many_websockets")]
    public async Task Disconnect_LeadsToAFreshUrlAndAWorkingNewConnection(string reason)
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await StartAsync(slack);
        var first = await ConnectedAsync(slack);

        await first.SendDisconnectAsync(reason);

        var second = await ConnectedAsync(slack);
        Assert.Equal(2, slack.CallsTo("apps.connections.open").Count);
        Assert.NotEqual(first.Number, second.Number);
        await second.SendAsync(MentionEnvelope("env-after"));
        await AssertAckAsync(second, "env-after");
        await slack.WaitForCallsAsync("chat.postMessage");
    }

    [Fact]
    public async Task HostStops_ClosesTheSocketWithACloseFrame_AndDoesNotReconnect()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await StartAsync(slack);
        var session = await ConnectedAsync(slack);
        await session.SendAsync(MentionEnvelope("env-before-stop"));
        await AssertAckAsync(session, "env-before-stop");

        await bot.StopAsync();
        await session.Ended.WaitAsync(TimeSpan.FromSeconds(10));

        // A close handshake, not an aborted socket: Slack sees the connection end properly.
        Assert.Equal((System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "shutting down"), (session.CloseStatus, session.CloseDescription));
        Assert.Single(slack.CallsTo("apps.connections.open"));
    }

    [Fact]
    public async Task DroppedSocket_IsReplaced()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await StartAsync(slack);
        var first = await ConnectedAsync(slack);

        first.Drop();

        var second = await ConnectedAsync(slack);
        await second.SendAsync(MentionEnvelope("env-after-drop"));
        await AssertAckAsync(second, "env-after-drop");
        Assert.Equal(2, slack.CallsTo("apps.connections.open").Count);
        Assert.Contains(bot.Logs.Entries, entry => entry.EventId.Id == 3605);
    }

    [Fact]
    public async Task SilentSocket_IsCaughtByTheWatchdog_AndReplaced()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.SilenceNextConnections();
        await using var bot = await StartAsync(slack, new(Timings) { ["Slack:SocketPingInterval"] = "00:00:00.100", ["Slack:SocketPingTimeout"] = "00:00:00.500" });
        var silent = await ConnectedAsync(slack);

        var second = await slack.NextSocketAsync(TimeSpan.FromSeconds(5));

        await second.SendHelloAsync();
        await second.SendAsync(MentionEnvelope("env-after-silence"));
        await AssertAckAsync(second, "env-after-silence");
        Assert.Equal(silent.Number + 1, second.Number);
        Assert.Contains(bot.Logs.Entries, entry => entry.EventId.Id == 3603);
    }

    [Fact]
    public async Task NoHello_IsTreatedAsAFailedConnection()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await StartAsync(slack, new(Timings) { ["Slack:SocketHelloTimeout"] = "00:00:00.300" });
        _ = await slack.NextSocketAsync();

        var second = await slack.NextSocketAsync(TimeSpan.FromSeconds(5));

        await second.SendHelloAsync();
        Assert.Equal(2, slack.CallsTo("apps.connections.open").Count);
    }

    [Fact]
    public async Task TransientFailureToOpenAConnection_IsRetriedWithBackoff()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Script("apps.connections.open", FakeResponse.Error("internal_error"), FakeResponse.Error("internal_error"));
        await using var bot = await StartAsync(slack);

        var socket = await ConnectedAsync(slack);

        Assert.Equal(3, slack.CallsTo("apps.connections.open").Count);
        Assert.False(bot.Lifetime.ApplicationStopping.IsCancellationRequested);
        await socket.SendAsync(MentionEnvelope("env-ok"));
        await AssertAckAsync(socket, "env-ok");
    }

    [Fact]
    public async Task OpeningAConnectionThatHangs_IsATimeout_RetriedWithBackoff_WithoutStoppingTheHost()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Script("apps.connections.open", FakeResponse.StalledBody());
        await using var bot = await StartAsync(slack, new(Timings) { ["Slack:ApiAttemptTimeout"] = "00:00:00.300" });

        var socket = await ConnectedAsync(slack);

        Assert.Equal(2, slack.CallsTo("apps.connections.open").Count);
        Assert.False(bot.Lifetime.ApplicationStopping.IsCancellationRequested);
        Assert.Contains(bot.Logs.Entries, entry => entry.EventId.Id == 3501 && entry.Message.Contains("timeout", StringComparison.Ordinal));
        await socket.SendAsync(MentionEnvelope("env-after-timeout"));
        await AssertAckAsync(socket, "env-after-timeout");
    }

    [Fact]
    public async Task ReplayedEnvelope_IsAcknowledgedAgain_ButAnsweredOnce()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = CannedResponder.Echo();
        await using var bot = await StartAsync(slack, responder: engine);
        var socket = await ConnectedAsync(slack);

        await socket.SendAsync(MentionEnvelope("env-r"));
        await AssertAckAsync(socket, "env-r");
        await socket.SendAsync(MentionEnvelope("env-r"));
        await AssertAckAsync(socket, "env-r");
        await socket.SendAsync(MentionEnvelope("env-r2", retryAttempt: 1));
        await AssertAckAsync(socket, "env-r2");
        await socket.SendAsync(MentionEnvelope("env-s", eventId: "EvSentinel", text: "<@U0BOT> sentinel", ts: "9.9"));
        await AssertAckAsync(socket, "env-s");

        await slack.WaitForCallsAsync("chat.postMessage", 2);
        await Task.Delay(50);
        Assert.Equal(2, slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(["salary senior", "sentinel"], engine.Requests.Select(request => request.Text).Order());
    }

    [Fact]
    public async Task FullQueue_LeavesTheEnvelopeUnacknowledgedSoSlackResendsIt_AndTheLoopGoesOn()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = new GatedResponder();
        await using var bot = await StartAsync(slack, new(Timings) { ["Slack:Workers"] = "1", ["Slack:QueueCapacity"] = "10", ["Slack:SlashCommandBudget"] = "00:00:00.300" }, engine);
        var socket = await ConnectedAsync(slack);

        // The one worker holds the first question; ten more fill the queue.
        for (var i = 0; i <= 10; i++)
        {
            await socket.SendAsync(QuestionEnvelope(i));
            await AssertAckAsync(socket, $"env-q{i}");
            if (i == 0)
            {
                await Eventually.TrueAsync(() => engine.Requests.Count == 1);
            }
        }

        await socket.SendAsync(QuestionEnvelope(11));

        // The receive loop does not wait for room: the next envelope (a replay) is acknowledged, and the refused one never was.
        await socket.SendAsync(QuestionEnvelope(1));
        await AssertAckAsync(socket, "env-q1");
        Assert.Contains(bot.Logs.Entries, entry => entry.EventId.Id == 3303);

        // A slash command whose answer is not ready cannot be queued for the response_url either: it says so in the ack
        // when Slack takes a payload, and otherwise the drop is logged, never silent.
        await socket.SendAsync(Envelope("slash_commands", "env-slash-full", SlashPayload("path", slack.ResponseUrl("full1")), acceptsResponsePayload: true));
        var busy = await socket.ReceiveAsync();
        Assert.Equal("env-slash-full", busy.GetProperty("envelope_id").GetString());
        Assert.Contains(RecordedCall.DisplayedTexts(busy.GetProperty("payload")), text => text.Contains("busy", StringComparison.Ordinal));
        await socket.SendAsync(Envelope("slash_commands", "env-slash-full-2", SlashPayload("path", slack.ResponseUrl("full2"))));
        await AssertAckAsync(socket, "env-slash-full-2");
        await Eventually.TrueAsync(() => bot.Logs.Entries.Any(entry => entry.EventId.Id == 3614 && entry.Message.Contains("queue_full", StringComparison.Ordinal)));

        engine.Open();
        await slack.WaitForCallsAsync("chat.postMessage", 11);
        await socket.SendAsync(QuestionEnvelope(11, retryAttempt: 1));
        await AssertAckAsync(socket, "env-q11");
        await slack.WaitForCallsAsync("chat.postMessage", 12);
        Assert.Contains(engine.Requests, request => request.Text == "question 11");

        static string QuestionEnvelope(int i, int retryAttempt = 0) =>
            MentionEnvelope($"env-q{i}", eventId: $"EvQ{i}", text: $"<@U0BOT> question {i}", ts: $"1700000700.{i:D6}", retryAttempt: retryAttempt);
    }

    [Fact]
    public async Task EventInFlightDuringAReconnect_IsAnsweredExactlyOnce()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = new GatedResponder();
        await using var bot = await StartAsync(slack, responder: engine);
        var first = await ConnectedAsync(slack);
        await first.SendAsync(MentionEnvelope("env-a"));
        await AssertAckAsync(first, "env-a");

        first.Drop();
        var second = await ConnectedAsync(slack);
        await second.SendAsync(MentionEnvelope("env-b", retryAttempt: 1));
        await AssertAckAsync(second, "env-b");
        engine.Open();

        await slack.WaitForCallsAsync("chat.postMessage");
        await Task.Delay(100);
        Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Single(engine.Requests);
    }
}
