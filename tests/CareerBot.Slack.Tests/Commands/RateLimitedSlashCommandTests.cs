using System.Net;
using CareerBot.Slack.Tests.Peers;

namespace CareerBot.Slack.Tests.Commands;

public sealed class RateLimitedSlashCommandTests
{
    [Fact]
    public async Task Flood_OverThePerUserLimit_OneNoticeThenEmptyAcknowledgements_OtherUsersAnswered()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, new() { ["RateLimit:PerUserPerMinute"] = "2" });

        var bodies = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("salary senior"), SlackRequests.FormContentType);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(Text(await response.Content.ReadAsStringAsync()));
        }

        using var other = await bot.PostSignedAsync("/slack/commands", SlackRequests.SlashCommand("salary senior", user: "U0BOB"), SlackRequests.FormContentType);

        Assert.All(bodies.Take(2), body => Assert.Contains("$160,000-$200,000+", body, StringComparison.Ordinal));
        Assert.Contains("You're asking faster than I can answer. Please try again in", bodies[2], StringComparison.Ordinal);
        Assert.Equal([string.Empty, string.Empty], bodies.Skip(3));
        Assert.Contains("$160,000-$200,000+", Text(await other.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain(slack.Calls, call => call.Method != "auth.test");
    }

    /// <summary>Every string of a JSON response body, joined; empty for an empty body.</summary>
    private static string Text(string body) =>
        body.Length == 0 ? string.Empty : string.Join("\n", RecordedCall.Strings(System.Text.Json.JsonDocument.Parse(body).RootElement));
}
