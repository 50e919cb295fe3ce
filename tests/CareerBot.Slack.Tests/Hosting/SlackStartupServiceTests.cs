using CareerBot.Slack.Tests.Peers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Tests.Hosting;

public sealed class SlackStartupServiceTests
{
    [Theory]
    [InlineData("invalid_auth")]
    [InlineData("not_authed")]
    [InlineData("account_inactive")]
    [InlineData("token_revoked")]
    public async Task RejectedBotToken_StopsStartUp_NamingTheSetting_WithoutLoggingTheToken(string error)
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Script("auth.test", FakeResponse.Error(error));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotUnderTest.StartAsync(slack));

        var message = string.Join("\n", failure.Failures);
        Assert.Contains("Slack:BotToken", message, StringComparison.Ordinal);
        Assert.Contains("Slack__BotToken", message, StringComparison.Ordinal);
        Assert.Contains(error, message, StringComparison.Ordinal);
        Assert.Single(slack.CallsTo("auth.test"));
    }

    [Fact]
    public async Task StartUp_ChecksTheBotTokenWithAuthTest_AndNeverLogsTokens()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, socketMode: true);
        var socket = await slack.NextSocketAsync();
        await socket.SendHelloAsync();
        await Eventually.TrueAsync(() => bot.Logs.Entries.Any(entry => entry.EventId.Id == 3601));

        var authTest = Assert.Single(slack.CallsTo("auth.test"));
        Assert.Equal("Bearer " + BotUnderTest.BotToken, authTest.Authorization);
        Assert.Equal("Bearer " + BotUnderTest.AppToken, slack.CallsTo("apps.connections.open")[0].Authorization);
        Assert.Contains(bot.Logs.Entries, entry => entry.Level == LogLevel.Information && entry.Message.Contains(FakeSlack.BotUserId, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, LeaksASecret);
    }

    /// <summary>A secret in the message or anywhere in the exception (message, inner exceptions, data) an operator would read.</summary>
    private static bool LeaksASecret(LogSink.LogEntry entry)
    {
        var exception = entry.Exception is { } ex
            ? ex + string.Join("\n", ex.Data.Values.Cast<object?>())
            : string.Empty;
        return new[] { BotUnderTest.BotToken, BotUnderTest.AppToken, BotUnderTest.SigningSecret }.Any(secret =>
            entry.Message.Contains(secret, StringComparison.Ordinal) || exception.Contains(secret, StringComparison.Ordinal));
    }
}
