using System.Net;
using System.Text.Json;
using CareerBot.Slack.Tests.Peers;

namespace CareerBot.Slack.Tests.Endpoints;

public sealed class EventsEndpointTests
{
    private static Task<HttpResponseMessage> PostEventAsync(BotUnderTest bot, string eventId, string eventJson, int? retryNum = null) =>
        bot.PostSignedAsync("/slack/events", SlackRequests.EventCallback(eventId, eventJson), SlackRequests.JsonContentType, request =>
        {
            if (retryNum is { } retry)
            {
                request.Headers.Add("X-Slack-Retry-Num", retry.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
            }
        });

    private static async Task PostAcceptedAsync(BotUnderTest bot, string eventId, string eventJson, int? retryNum = null)
    {
        using var response = await PostEventAsync(bot, eventId, eventJson, retryNum);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UrlVerification_AnswersTheChallenge()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        using var response = await bot.PostSignedAsync(
            "/slack/events", """{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", SlackRequests.JsonContentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task AppMention_IsAnsweredInAThreadUnderTheMention()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        await PostAcceptedAsync(bot, "Ev01", SlackRequests.AppMention("<@U0BOT> salary senior", ts: "1700000100.000100"));

        var post = Assert.Single(await slack.WaitForCallsAsync("chat.postMessage"));
        Assert.Equal("Bearer " + BotUnderTest.BotToken, post.Authorization);
        Assert.Equal("C0GENERAL", post.Json.GetProperty("channel").GetString());
        Assert.Equal("1700000100.000100", post.Json.GetProperty("thread_ts").GetString());
        Assert.Contains(post.DisplayedTexts(), text => text.Contains("$160,000-$200,000+", StringComparison.Ordinal));
        Assert.False(post.Json.GetProperty("text").GetString()!.Length > 4000);
    }

    [Fact]
    public async Task AppMention_WhenAnsweringFails_IsAnsweredWithAnApologyInTheThread_AndTheFailureIsLogged()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: CannedResponder.Throwing());

        await PostAcceptedAsync(bot, "Ev0F", SlackRequests.AppMention("<@U0BOT> salary senior", ts: "1700000110.000110"));

        var post = Assert.Single(await slack.WaitForCallsAsync("chat.postMessage"));
        Assert.Equal("1700000110.000110", post.Json.GetProperty("thread_ts").GetString());
        Assert.Contains("try again", post.Json.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(bot.Logs.Entries, entry => entry.Exception?.Message == "engine exploded");
    }

    [Fact]
    public async Task AppMentionInsideAThread_IsAnsweredInThatThread()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        await PostAcceptedAsync(bot, "Ev02", SlackRequests.AppMention("<@U0BOT> help", ts: "1700000200.000200", threadTs: "1700000150.000150"));

        var post = Assert.Single(await slack.WaitForCallsAsync("chat.postMessage"));
        Assert.Equal("1700000150.000150", post.Json.GetProperty("thread_ts").GetString());
    }

    [Fact]
    public async Task MentionMarkup_IsStrippedBeforeTheCoreSeesTheQuestion()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = CannedResponder.Echo();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: engine);

        await PostAcceptedAsync(bot, "Ev03", SlackRequests.AppMention("<@U0BOT|careerbot>   salary   senior &amp; lead"));

        await slack.WaitForCallsAsync("chat.postMessage");
        var request = Assert.Single(engine.Requests);
        Assert.Equal("salary senior & lead", request.Text);
        Assert.Equal("slack", request.Platform);
        Assert.Equal("U0ALICE", request.UserId);
        Assert.Equal("C0GENERAL/thread/1700000001.000100", request.ConversationId); // the thread the answer starts
    }

    [Fact]
    public async Task MentionInTheAnswersThread_FollowsTheThreadsQuestion_ANewMentionDoesNot()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        await PostAcceptedAsync(bot, "EvT1", SlackRequests.AppMention("<@U0BOT> how much does a senior ML engineer make?", ts: "1700000300.000100"));
        await slack.WaitForCallsAsync("chat.postMessage");
        await PostAcceptedAsync(bot, "EvT2", SlackRequests.AppMention("<@U0BOT> and for lead?", ts: "1700000310.000100", threadTs: "1700000300.000100", user: "U0BOB"));
        await slack.WaitForCallsAsync("chat.postMessage", 2);
        await PostAcceptedAsync(bot, "EvT3", SlackRequests.AppMention("<@U0BOT> and for lead?", ts: "1700000320.000100"));

        var posts = await slack.WaitForCallsAsync("chat.postMessage", 3);
        var inThread = posts.Where(post => post.Json.GetProperty("thread_ts").GetString() == "1700000300.000100").ToArray();
        Assert.Equal(2, inThread.Length);
        Assert.Single(inThread, post => post.DisplayedTexts().Any(text => text.Contains("Lead/Principal Engineer salary", StringComparison.Ordinal)));
        var newThread = Assert.Single(posts, post => post.Json.GetProperty("thread_ts").GetString() == "1700000320.000100");
        Assert.DoesNotContain(newThread.DisplayedTexts(), text => text.Contains("Lead/Principal Engineer salary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DirectMessages_AreOneConversationPerDm()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = CannedResponder.Echo();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: engine);

        await PostAcceptedAsync(bot, "EvD1", SlackRequests.DirectMessage("salary senior"));

        await slack.WaitForCallsAsync("chat.postMessage");
        Assert.Equal("D0ALICE", Assert.Single(engine.Requests).ConversationId);
    }

    [Fact]
    public async Task DirectMessage_IsAnsweredInTheDmWithoutAThread()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        await PostAcceptedAsync(bot, "Ev04", SlackRequests.DirectMessage("what maths do I need?"));

        var post = Assert.Single(await slack.WaitForCallsAsync("chat.postMessage"));
        Assert.Equal("D0ALICE", post.Json.GetProperty("channel").GetString());
        Assert.False(post.Json.TryGetProperty("thread_ts", out _));
        Assert.NotEmpty(post.Json.GetProperty("blocks").EnumerateArray());
    }

    [Fact]
    public async Task EventIsAcknowledgedBeforeTheAnswerIsWorkedOut()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = new GatedResponder();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: engine);

        await PostAcceptedAsync(bot, "Ev05", SlackRequests.AppMention("<@U0BOT> salary"));

        Assert.Empty(slack.CallsTo("chat.postMessage"));
        engine.Open();
        var post = Assert.Single(await slack.WaitForCallsAsync("chat.postMessage"));
        Assert.Contains(post.DisplayedTexts(), text => text.Contains("You asked: salary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BotsOwnAndEditedMessages_AreIgnored()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = CannedResponder.Echo();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: engine);

        await PostAcceptedAsync(bot, "EvI1", SlackRequests.DirectMessage("from another bot", ts: "1.1", extra: ",\"bot_id\":\"B0OTHER\""));
        await PostAcceptedAsync(bot, "EvI2", SlackRequests.DirectMessage("from ourselves", ts: "1.2", user: FakeSlack.BotUserId));
        await PostAcceptedAsync(bot, "EvI3", SlackRequests.DirectMessage("edited", ts: "1.3", extra: ",\"subtype\":\"message_changed\""));
        await PostAcceptedAsync(bot, "EvI4", SlackRequests.DirectMessage("deleted", ts: "1.4", extra: ",\"subtype\":\"message_deleted\""));
        await PostAcceptedAsync(bot, "EvI5", SlackRequests.DirectMessage("in a channel", ts: "1.5", channel: "C0GENERAL").Replace("\"im\"", "\"channel\"", StringComparison.Ordinal));
        await PostAcceptedAsync(bot, "EvI6", SlackRequests.AppMention("<@U0BOT> from a bot", ts: "1.6").Replace("\"type\":\"app_mention\"", "\"type\":\"app_mention\",\"bot_id\":\"B0OTHER\"", StringComparison.Ordinal));
        await PostAcceptedAsync(bot, "EvS", SlackRequests.DirectMessage("sentinel", ts: "1.9"));

        var post = Assert.Single(await slack.WaitForCallsAsync("chat.postMessage"));
        Assert.Contains(post.DisplayedTexts(), text => text.Contains("sentinel", StringComparison.Ordinal));
        Assert.Equal(["sentinel"], engine.Requests.Select(request => request.Text));
    }

    [Fact]
    public async Task RetriesWithTheSameEventId_AreAnsweredOnce()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = CannedResponder.Echo();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: engine);
        var mention = SlackRequests.AppMention("<@U0BOT> salary", ts: "1700000300.000300");

        await PostAcceptedAsync(bot, "EvR", mention);
        await PostAcceptedAsync(bot, "EvR", mention, retryNum: 1);
        await PostAcceptedAsync(bot, "EvR", mention, retryNum: 2);
        await PostAcceptedAsync(bot, "EvR", mention, retryNum: 3);
        await PostAcceptedAsync(bot, "EvS", SlackRequests.DirectMessage("sentinel"));

        await slack.WaitForCallsAsync("chat.postMessage", 2);
        await Task.Delay(50);
        Assert.Equal(2, slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(["salary", "sentinel"], engine.Requests.Select(request => request.Text).Order());
    }

    [Fact]
    public async Task ResendWithANewEventIdButTheSameChannelAndTs_IsAnsweredOnce()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = CannedResponder.Echo();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: engine);

        await PostAcceptedAsync(bot, "EvA", SlackRequests.AppMention("<@U0BOT> salary", ts: "1700000400.000400"));
        await PostAcceptedAsync(bot, "EvB", SlackRequests.AppMention("<@U0BOT> salary", ts: "1700000400.000400"));
        await PostAcceptedAsync(bot, "EvC", SlackRequests.DirectMessage("sentinel"));

        await slack.WaitForCallsAsync("chat.postMessage", 2);
        await Task.Delay(50);
        Assert.Equal(2, slack.CallsTo("chat.postMessage").Count);
        Assert.Single(engine.Requests, request => request.Text == "salary");
    }

    [Fact]
    public async Task FullQueue_RefusesTheDeliverySoSlackRetries_AndTheRetryIsAnswered()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = new GatedResponder();
        await using var bot = await BotUnderTest.StartAsync(slack, new() { ["Slack:Workers"] = "1", ["Slack:QueueCapacity"] = "10" }, engine);

        // The one worker holds the first question; ten more fill the queue.
        for (var i = 0; i <= 10; i++)
        {
            await PostAcceptedAsync(bot, $"EvQ{i}", SlackRequests.DirectMessage($"question {i}", ts: $"1700000500.{i:D6}"));
            if (i == 0)
            {
                await Eventually.TrueAsync(() => engine.Requests.Count == 1);
            }
        }

        using var refused = await PostEventAsync(bot, "EvQ11", SlackRequests.DirectMessage("question 11", ts: "1700000500.000011"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

        engine.Open();
        await slack.WaitForCallsAsync("chat.postMessage", 11);
        await PostAcceptedAsync(bot, "EvQ11", SlackRequests.DirectMessage("question 11", ts: "1700000500.000011"), retryNum: 1);
        await slack.WaitForCallsAsync("chat.postMessage", 12);
        Assert.Contains(engine.Requests, request => request.Text == "question 11");
    }

    [Fact]
    public async Task NewcomerInAnOnboardingChannel_GetsTheWelcomeOnlyTheySee()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, new() { ["Slack:OnboardingChannels"] = "C0WELCOME, C0OTHER" });

        await PostAcceptedAsync(bot, "EvJ1", """{"type":"member_joined_channel","user":"U0NEWBIE","channel":"C0WELCOME","channel_type":"C","team":"T0TEAM","event_ts":"1.1"}""");

        var greeting = Assert.Single(await slack.WaitForCallsAsync("chat.postEphemeral"));
        Assert.Equal("C0WELCOME", greeting.Json.GetProperty("channel").GetString());
        Assert.Equal("U0NEWBIE", greeting.Json.GetProperty("user").GetString());
        var texts = greeting.DisplayedTexts().ToList();
        Assert.Contains(texts, text => text.Contains("<@U0NEWBIE>", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("Welcome! I'm CareerBot", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("How much does a senior ML engineer earn?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JoinsThatAreNotNewcomers_AreNotGreeted()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.BotUsers["U0HELPERBOT"] = true;
        await using var bot = await BotUnderTest.StartAsync(slack, new() { ["Slack:OnboardingChannels:0"] = "C0WELCOME" });

        await PostAcceptedAsync(bot, "EvJ1", """{"type":"member_joined_channel","user":"U0NEWBIE","channel":"C0RANDOM","event_ts":"1.1"}""");
        await PostAcceptedAsync(bot, "EvJ2", $$"""{"type":"member_joined_channel","user":"{{FakeSlack.BotUserId}}","channel":"C0WELCOME","event_ts":"1.2"}""");
        await PostAcceptedAsync(bot, "EvJ3", """{"type":"member_joined_channel","user":"U0HELPERBOT","channel":"C0WELCOME","event_ts":"1.3"}""");
        await PostAcceptedAsync(bot, "EvJ4", """{"type":"member_joined_channel","user":"U0NEWBIE","channel":"C0WELCOME","event_ts":"1.4"}""");
        await PostAcceptedAsync(bot, "EvJ5", """{"type":"member_joined_channel","user":"U0NEWBIE","channel":"C0WELCOME","event_ts":"1.5"}""");
        await PostAcceptedAsync(bot, "EvJ6", """{"type":"team_join","user":{"id":"U0NEWBIE2","is_bot":false}}""");

        var greeting = Assert.Single(await slack.WaitForCallsAsync("chat.postEphemeral"));
        Assert.Equal("U0NEWBIE", greeting.Json.GetProperty("user").GetString());
        await Task.Delay(100);
        Assert.Single(slack.CallsTo("chat.postEphemeral"));
        Assert.Empty(slack.CallsTo("conversations.open"));
        Assert.Equal(["U0HELPERBOT", "U0NEWBIE"], slack.CallsTo("users.info").Select(call => call.Form["user"].ToString()).Order());
    }

    [Fact]
    public async Task TeamJoin_WhenEnabled_GreetsByDirectMessage_ButNeverABot()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, new() { ["Slack:TeamJoinGreetings"] = "true" });

        await PostAcceptedAsync(bot, "EvT1", """{"type":"team_join","user":{"id":"U0ROBOT","is_bot":true,"deleted":false}}""");
        await PostAcceptedAsync(bot, "EvT2", """{"type":"team_join","user":{"id":"U0NEWBIE","name":"newbie","is_bot":false,"deleted":false,"profile":{}}}""");

        var open = Assert.Single(await slack.WaitForCallsAsync("conversations.open"));
        Assert.Equal("U0NEWBIE", open.Json.GetProperty("users").GetString());
        var post = Assert.Single(await slack.WaitForCallsAsync("chat.postMessage"));
        Assert.Equal("D0NEWBIE", post.Json.GetProperty("channel").GetString());
        Assert.Contains(post.DisplayedTexts(), text => text.Contains("Welcome to the team, <@U0NEWBIE>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlackRefusingThePost_IsLoggedAndDoesNotStopTheWorkers()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Script("chat.postMessage", FakeResponse.Error("channel_not_found"));
        await using var bot = await BotUnderTest.StartAsync(slack);

        await PostAcceptedAsync(bot, "EvF1", SlackRequests.DirectMessage("first", ts: "1.1"));
        await PostAcceptedAsync(bot, "EvF2", SlackRequests.DirectMessage("second", ts: "1.2"));

        await slack.WaitForCallsAsync("chat.postMessage", 2);
        await Eventually.TrueAsync(() => bot.Logs.Entries.Any(entry => entry.Message.Contains("channel_not_found", StringComparison.Ordinal)));
        Assert.False(bot.Lifetime.ApplicationStopping.IsCancellationRequested);
    }
}
