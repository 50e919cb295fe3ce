using System.Net;
using CareerBot.Adapters.Hosting;
using CareerBot.Slack.Tests.Peers;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Tests.Hosting;

/// <summary>
/// A rejected token stops the host with a message naming the setting and a non-zero exit code. Every test that makes
/// the adapter set <see cref="Environment.ExitCode"/> (process-wide) lives in this one class, so they never run in
/// parallel and one test's reset cannot hide another's exit code.
/// </summary>
public sealed class SlackFatalStopTests
{
    [Fact]
    public async Task RevokedBotToken_StopsTheHostWithAMessageNamingTheSetting()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Script("chat.postMessage", FakeResponse.Error("token_revoked"));
        await using var bot = await BotUnderTest.StartAsync(slack);
        try
        {
            using var response = await bot.PostSignedAsync(
                "/slack/events", SlackRequests.EventCallback("EvX", SlackRequests.DirectMessage("hello")), SlackRequests.JsonContentType);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            await Eventually.TrueAsync(() => bot.Lifetime.ApplicationStopping.IsCancellationRequested);
            var critical = Assert.Single(bot.Logs.Entries, entry => entry.Level == LogLevel.Critical);
            Assert.Contains("Slack:BotToken", critical.Message, StringComparison.Ordinal);
            Assert.Contains("Slack__BotToken", critical.Message, StringComparison.Ordinal);
            Assert.Equal(FatalStop.ExitCode, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    [Theory]
    [InlineData("invalid_auth")]
    [InlineData("not_authed")]
    [InlineData("account_inactive")]
    public async Task RejectedAppToken_StopsTheHostWithAClearMessage_InsteadOfLooping(string error)
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Script("apps.connections.open", FakeResponse.Error(error), FakeResponse.Error(error), FakeResponse.Error(error));
        try
        {
            await using var bot = await BotUnderTest.StartAsync(slack, httpMode: false, socketMode: true);

            await Eventually.TrueAsync(() => bot.Lifetime.ApplicationStopping.IsCancellationRequested);
            Assert.Equal(FatalStop.ExitCode, Environment.ExitCode);
            var critical = Assert.Single(bot.Logs.Entries, entry => entry.Level == LogLevel.Critical);
            Assert.Contains("Slack:AppToken", critical.Message, StringComparison.Ordinal);
            Assert.Contains("Slack__AppToken", critical.Message, StringComparison.Ordinal);
            Assert.Contains(error, critical.Message, StringComparison.Ordinal);
            await Task.Delay(200);
            Assert.Single(slack.CallsTo("apps.connections.open"));
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }
}
