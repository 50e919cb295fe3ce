using System.Net;
using System.Text.Json;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Slack.Tests.Peers;

namespace CareerBot.Slack.Tests.Endpoints;

/// <summary>
/// What an attacker types comes back inert (no link, mention or formatting), slow answers still meet Slack's three
/// seconds, and unreadable text gets a clear refusal: through the real endpoints, with the real engine where it matters.
/// </summary>
public sealed class HostileInputTests
{
    private const string Hostile = "[Claim your bonus](https://example.org/x), <https://example.org/y|Claim now>, <!channel>, <@U0BOSS>, *bold* _it_ ~gone~ `code`";

    private static IEnumerable<JsonElement> Buttons(JsonElement message) =>
        message.GetProperty("blocks").EnumerateArray()
            .Where(block => block.GetProperty("type").GetString() == "actions")
            .SelectMany(block => block.GetProperty("elements").EnumerateArray());

    /// <summary>Every displayed text: nothing Slack would turn into a link, a mention or formatting.</summary>
    private static void AssertInert(IEnumerable<string> texts)
    {
        var all = string.Join("\n", texts);
        Assert.Contains("Claim your bonus", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<http", all, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", all, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U0BOSS>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("*bold*", all, StringComparison.Ordinal);
        Assert.DoesNotContain("_it_", all, StringComparison.Ordinal);
        Assert.DoesNotContain("~gone~", all, StringComparison.Ordinal);
        Assert.DoesNotContain("`code`", all, StringComparison.Ordinal);
        Assert.DoesNotContain(UserText.Start.ToString(), all, StringComparison.Ordinal);
        Assert.DoesNotContain(UserText.End.ToString(), all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("skills check knitting, " + Hostile)]
    [InlineData("path from " + Hostile)]
    [InlineData("salary " + Hostile)]
    [InlineData("skills " + Hostile)]
    public async Task SlashCommand_EchoedUserText_IsInert(string question)
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        using var response = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand(question), SlackRequests.FormContentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertInert(RecordedCall.DisplayedTexts(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement));
    }

    [Fact]
    public async Task Mention_EchoedUserText_IsInertInThePublicThreadReply()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        using var response = await bot.PostSignedAsync(
            "/slack/events",
            SlackRequests.EventCallback("EvHostile", SlackRequests.AppMention("<@U0BOT> skills check knitting, " + Hostile)),
            SlackRequests.JsonContentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var post = Assert.Single(await slack.WaitForCallsAsync("chat.postMessage"));
        AssertInert(post.DisplayedTexts());
    }

    [Fact]
    public async Task ShareInChannel_IsOfferedForAnswers_NotForIDontKnow()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        using var unknown = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("give me a recipe for banana bread"), SlackRequests.FormContentType);
        using var answered = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("salary senior"), SlackRequests.FormContentType);

        var unknownBody = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(RecordedCall.DisplayedTexts(unknownBody), text => text.Contains("I don't know that one", StringComparison.Ordinal));
        Assert.DoesNotContain(Buttons(unknownBody), button => button.GetProperty("action_id").GetString() == "careerbot.share");
        var answeredBody = JsonDocument.Parse(await answered.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(Buttons(answeredBody), button => button.GetProperty("action_id").GetString() == "careerbot.share");
    }

    [Fact]
    public async Task SlashCommand_AnEngineThatBlocksItsThread_IsAcknowledgedAndDeliveredThroughTheResponseUrl()
    {
        await using var slack = await FakeSlack.StartAsync();
        using var engine = new BlockingResponder();
        await using var bot = await BotUnderTest.StartAsync(slack, new() { ["Slack:SlashCommandBudget"] = "00:00:00.100" }, engine);

        // The engine answers synchronously and holds its thread until released: the acknowledgement cannot wait for it.
        using var response = await bot.PostSignedAsync(
            "/slack/commands", SlackRequests.SlashCommand("salary lead", slack.ResponseUrl("blocked")), SlackRequests.FormContentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(slack.CallsTo("response_url"));
        engine.Release();
        var posted = Assert.Single(await slack.WaitForCallsAsync("response_url"));
        Assert.Equal("/hooks/blocked", posted.Path);
        Assert.Contains(posted.DisplayedTexts(), text => text.Contains("You asked: salary lead", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Event_WithALoneSurrogate_IsAnsweredWithTheClearRefusal_WithoutAnErrorOrAnApology()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);
        // JSON can carry a lone surrogate escape; such text is not readable, so the user is told so plainly.
        var payload = $$"""{"type":"app_mention","user":"U0ALICE","text":"<@U0BOT> \ud800 salary","ts":"1700000001.000100","channel":"C0GENERAL","event_ts":"1700000001.000100"}""";

        using var response = await bot.PostSignedAsync("/slack/events", SlackRequests.EventCallback("EvSurrogate", payload), SlackRequests.JsonContentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(await slack.WaitForCallsAsync("chat.postMessage"));
        Assert.Contains(post.DisplayedTexts(), text => text.Contains("couldn't read that", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, entry => entry.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }
}
