using System.Net;
using CareerBot.Slack.Tests.Peers;

namespace CareerBot.Slack.Tests.Commands;

public sealed class SlashCommandHandlerTests
{
    [Fact]
    public async Task SlowAnswerQueuedForTheResponseUrl_IsStillDelivered_WhenTheHostStopsGracefully()
    {
        await using var slack = await FakeSlack.StartAsync();
        var engine = new GatedResponder();
        await using var bot = await BotUnderTest.StartAsync(slack, new() { ["Slack:SlashCommandBudget"] = "00:00:00.100" }, engine);
        using var response = await bot.PostSignedAsync(
            "/slack/commands", SlackRequests.SlashCommand("salary lead", slack.ResponseUrl("late")), SlackRequests.FormContentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());

        // The host starts stopping while the answer is still being worked out; it comes in before the shutdown timeout.
        var stopping = bot.StopAsync();
        await Eventually.TrueAsync(() => bot.Lifetime.ApplicationStopping.IsCancellationRequested);
        engine.Open();
        await stopping.WaitAsync(TimeSpan.FromSeconds(15));

        var posted = Assert.Single(slack.CallsTo("response_url"));
        Assert.Equal("/hooks/late", posted.Path);
        Assert.Contains(posted.AllStrings(), text => text.Contains("You asked: salary lead", StringComparison.Ordinal));
    }
}
