using System.Net;
using System.Text.Json;
using CareerBot.Slack.Tests.Peers;

namespace CareerBot.Slack.Tests.Endpoints;

public sealed class SlashCommandEndpointTests
{
    private static async Task<JsonElement> JsonBodyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<JsonElement> Buttons(JsonElement message) =>
        message.GetProperty("blocks").EnumerateArray()
            .Where(block => block.GetProperty("type").GetString() == "actions")
            .SelectMany(block => block.GetProperty("elements").EnumerateArray());

    [Fact]
    public async Task SalaryCommand_AnswersInTheResponseBody_EphemeralWithTheBandAndAShareButton()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        using var response = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("salary senior"), SlackRequests.FormContentType);

        var body = await JsonBodyAsync(response);
        Assert.Equal("ephemeral", body.GetProperty("response_type").GetString());
        Assert.Contains(RecordedCall.Strings(body), text => text.Contains("$160,000-$200,000+", StringComparison.Ordinal));
        Assert.Equal("header", body.GetProperty("blocks")[0].GetProperty("type").GetString());
        var share = Assert.Single(Buttons(body), button => button.GetProperty("action_id").GetString() == "careerbot.share");
        Assert.Equal("salary senior", share.GetProperty("value").GetString());
        Assert.DoesNotContain(slack.Calls, call => call.Method != "auth.test");
    }

    [Fact]
    public async Task SameInvocationSentAgain_IsAcknowledgedWithoutASecondAnswer()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        using var first = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("salary senior", triggerId: "77.88.99"), SlackRequests.FormContentType);
        using var again = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("salary senior", triggerId: "77.88.99"), SlackRequests.FormContentType);
        using var other = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("salary senior"), SlackRequests.FormContentType);

        Assert.Contains(RecordedCall.Strings(await JsonBodyAsync(first)), text => text.Contains("$160,000-$200,000+", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(string.Empty, await again.Content.ReadAsStringAsync());
        Assert.Contains(RecordedCall.Strings(await JsonBodyAsync(other)), text => text.Contains("$160,000-$200,000+", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowUpCommand_TakesTheSamePersonsPreviousQuestion_NotAnotherPersons()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        using var first = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("how much does a senior ML engineer make?"), SlackRequests.FormContentType);
        using var alice = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("and for lead?"), SlackRequests.FormContentType);
        using var bob = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("and for lead?", user: "U0BOB"), SlackRequests.FormContentType);

        Assert.Contains(RecordedCall.Strings(await JsonBodyAsync(first)), text => text.Contains("$160,000-$200,000+", StringComparison.Ordinal));
        Assert.Contains(RecordedCall.Strings(await JsonBodyAsync(alice)), text => text.Contains("Lead/Principal Engineer salary", StringComparison.Ordinal));
        Assert.DoesNotContain(RecordedCall.Strings(await JsonBodyAsync(bob)), text => text.Contains("Lead/Principal Engineer salary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EmptyCommand_ShowsHelpWithTheCommandList()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        using var response = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand(""), SlackRequests.FormContentType);

        var texts = RecordedCall.Strings(await JsonBodyAsync(response)).ToList();
        Assert.Contains(texts, text => text.Contains("salary [level]", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("skills check", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowUpButtons_CarryTheCoreCommands()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        using var response = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("help"), SlackRequests.FormContentType);

        var followUps = Buttons(await JsonBodyAsync(response))
            .Where(button => button.GetProperty("action_id").GetString()!.StartsWith("careerbot.followup.", StringComparison.Ordinal))
            .Select(button => button.GetProperty("value").GetString())
            .ToList();
        Assert.Contains("salary", followUps);
        Assert.Contains("compare", followUps);
    }

    [Fact]
    public async Task EchoedBroadcastMarkup_IsEscapedSoItCannotPingTheChannel()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = CannedResponder.Echo();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: engine);

        // What Slack sends when someone types "<!channel> <@U0BOSS> @here & co" literally (should_escape is on).
        using var response = await bot.PostSignedAsync(
            "/slack/commands", SlackRequests.SlashCommand("&lt;!channel&gt; &lt;@U0BOSS&gt; @here &amp; co"), SlackRequests.FormContentType);

        Assert.Equal("<!channel> <@U0BOSS> @here & co", Assert.Single(engine.Requests).Text);
        var texts = RecordedCall.DisplayedTexts(await JsonBodyAsync(response)).ToList();
        Assert.Contains(texts, text => text.Contains("&lt;!channel&gt;", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("<!channel>", StringComparison.Ordinal)
            || text.Contains("<@U0BOSS>", StringComparison.Ordinal)
            || text.Contains("@here", StringComparison.Ordinal)
            || text.Contains(" & co", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EngineFailure_IsAFriendlyEphemeralMessageWithStatus200()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: CannedResponder.Throwing());

        using var response = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("salary senior"), SlackRequests.FormContentType);

        var body = await JsonBodyAsync(response);
        Assert.Equal("ephemeral", body.GetProperty("response_type").GetString());
        Assert.Contains("try again", body.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(bot.Logs.Entries, entry => entry.Exception?.Message == "engine exploded");
    }

    [Fact]
    public async Task SlowAnswer_IsAcknowledgedWithinTheBudget_ThenPostedToTheResponseUrl()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = new GatedResponder();
        await using var bot = await BotUnderTest.StartAsync(slack, new() { ["Slack:SlashCommandBudget"] = "00:00:00.100" }, engine);

        // The engine is held until after the response: an empty acknowledgement can only come from the budget.
        using var response = await bot.PostSignedAsync(
            "/slack/commands", SlackRequests.SlashCommand("salary lead", slack.ResponseUrl("slow")), SlackRequests.FormContentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(slack.CallsTo("response_url"));

        engine.Open();
        var posted = Assert.Single(await slack.WaitForCallsAsync("response_url"));
        Assert.Equal("/hooks/slow", posted.Path);
        Assert.Equal("ephemeral", posted.Json.GetProperty("response_type").GetString());
        Assert.Contains(posted.AllStrings(), text => text.Contains("You asked: salary lead", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommandInADirectMessage_HasNoShareButton()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        using var response = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("salary", channel: "D0ALICE"), SlackRequests.FormContentType);

        Assert.DoesNotContain(Buttons(await JsonBodyAsync(response)), button => button.GetProperty("action_id").GetString() == "careerbot.share");
    }

    [Fact]
    public async Task SslCheck_IsVerifiedAndAnsweredWithAnEmpty200()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = CannedResponder.Echo();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: engine);

        using var response = await bot.PostSignedAsync("/slack/commands", "ssl_check=1&token=x", SlackRequests.FormContentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(engine.Requests);
    }
}
