using System.Net;
using CareerBot.Slack.Tests.Peers;

namespace CareerBot.Slack.Tests.Endpoints;

public sealed class InteractionsEndpointTests
{
    private static async Task ClickAsync(BotUnderTest bot, string payload)
    {
        using var response = await bot.PostSignedAsync("/slack/interactions", SlackRequests.Interaction(payload), SlackRequests.FormContentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FollowUpClick_RunsItsCommand_AndAnswersOnlyTheClicker()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        await ClickAsync(bot, SlackRequests.BlockActions("careerbot.followup.0", "salary senior", slack.ResponseUrl("click1")));

        var answer = Assert.Single(await slack.WaitForCallsAsync("response_url"));
        Assert.Equal("/hooks/click1", answer.Path);
        Assert.Equal("ephemeral", answer.Json.GetProperty("response_type").GetString());
        Assert.False(answer.Json.GetProperty("replace_original").GetBoolean());
        Assert.Contains(answer.DisplayedTexts(), text => text.Contains("$160,000-$200,000+", StringComparison.Ordinal));
        Assert.Contains(answer.AllStrings(), text => text == "careerbot.share");
    }

    [Fact]
    public async Task ShareClick_PostsTheSameAnswerForTheChannel_ThenRemovesThePrivateCopy()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        await ClickAsync(bot, SlackRequests.BlockActions("careerbot.share", "salary senior", slack.ResponseUrl("share1")));

        var calls = await slack.WaitForCallsAsync("response_url", 2);
        var shared = calls[0].Json;
        Assert.Equal("in_channel", shared.GetProperty("response_type").GetString());
        Assert.False(shared.GetProperty("replace_original").GetBoolean());
        var texts = RecordedCall.DisplayedTexts(shared).ToList();
        Assert.Contains(texts, text => text.Contains("Shared by <@U0ALICE>", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("$160,000-$200,000+", StringComparison.Ordinal));
        Assert.DoesNotContain(RecordedCall.Strings(shared), text => text == "careerbot.share");
        Assert.True(calls[1].Json.GetProperty("delete_original").GetBoolean());
    }

    [Fact]
    public async Task ShareClick_WhenTheEngineFails_TellsOnlyTheClicker()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: CannedResponder.Throwing());

        await ClickAsync(bot, SlackRequests.BlockActions("careerbot.share", "salary senior", slack.ResponseUrl("share2")));

        var answer = Assert.Single(await slack.WaitForCallsAsync("response_url"));
        Assert.Equal("ephemeral", answer.Json.GetProperty("response_type").GetString());
        await Task.Delay(50);
        Assert.Single(slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task FollowUpClickInADirectMessage_AnswersInTheDm_WithoutAShareButton()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        await ClickAsync(bot, SlackRequests.BlockActions("careerbot.followup.1", "compare", slack.ResponseUrl("dm"), channel: "D0ALICE"));

        var answer = Assert.Single(await slack.WaitForCallsAsync("response_url"));
        Assert.Equal("in_channel", answer.Json.GetProperty("response_type").GetString());
        Assert.DoesNotContain(answer.AllStrings(), text => text == "careerbot.share");
    }

    [Fact]
    public async Task TheSameClickDeliveredTwice_IsAnsweredOnce_AndOtherAppsButtonsAreIgnored()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = CannedResponder.Echo();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: engine);
        var click = SlackRequests.BlockActions("careerbot.followup.0", "salary", slack.ResponseUrl("twice"));

        await ClickAsync(bot, click);
        await ClickAsync(bot, click);
        await ClickAsync(bot, SlackRequests.BlockActions("someone.elses.button", "x", slack.ResponseUrl("other"), actionTs: "2.2"));
        await ClickAsync(bot, SlackRequests.BlockActions("careerbot.followup.1", "path", slack.ResponseUrl("sentinel"), actionTs: "3.3"));

        await slack.WaitForCallsAsync("response_url", 2);
        await Task.Delay(50);
        Assert.Equal(["/hooks/sentinel", "/hooks/twice"], slack.CallsTo("response_url").Select(call => call.Path).Order());
        Assert.Equal(["path", "salary"], engine.Requests.Select(request => request.Text).Order());
    }

    [Fact]
    public async Task ResponseUrlThatIsNotHttps_IsNeverCalled_TheAnswerGoesThroughTheWebApi()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack);

        await ClickAsync(bot, SlackRequests.BlockActions("careerbot.followup.0", "salary", new Uri("http://attacker.example/steal")));

        var answer = Assert.Single(await slack.WaitForCallsAsync("chat.postEphemeral"));
        Assert.Equal("U0ALICE", answer.Json.GetProperty("user").GetString());
        Assert.Empty(slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task NullActionEntries_AreSkipped_NeverA5xx()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = CannedResponder.Echo();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: engine);
        var click = SlackRequests.BlockActions("careerbot.followup.0", "salary", slack.ResponseUrl("after-null"));

        await ClickAsync(bot, click.Replace("\"actions\":[", "\"actions\":[null,", StringComparison.Ordinal));
        await ClickAsync(bot, click.Replace("\"actions\":[", "\"actions\":[null],\"unused\":[", StringComparison.Ordinal));

        // The real click next to the null entry is still answered, once.
        Assert.Single(await slack.WaitForCallsAsync("response_url"));
        await Task.Delay(50);
        Assert.Single(slack.CallsTo("response_url"));
        Assert.Equal(["salary"], engine.Requests.Select(request => request.Text));
    }

    [Fact]
    public async Task OtherInteractionTypes_AreAcknowledgedAndIgnored()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = CannedResponder.Echo();
        await using var bot = await BotUnderTest.StartAsync(slack, responder: engine);

        await ClickAsync(bot, """{"type":"view_submission","user":{"id":"U0ALICE"},"view":{"id":"V1"}}""");

        await Task.Delay(50);
        Assert.Empty(engine.Requests);
    }
}
