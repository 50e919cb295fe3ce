using CareerBot.Tests.TestSupport;

namespace CareerBot.Tests.Cli;

public sealed class SlackCommandTests
{
    [Fact]
    public async Task Manifest_HttpMode_PointsEveryUrlAtTheBot()
    {
        var (exit, output, _) = await CareerBotProcess.RunAsync(["slack", "manifest", "--url", "https://bot.example.com"]);

        Assert.Equal(0, exit);
        Assert.Contains("https://bot.example.com/slack/events", output, StringComparison.Ordinal);
        Assert.Contains("https://bot.example.com/slack/commands", output, StringComparison.Ordinal);
        Assert.Contains("https://bot.example.com/slack/interactions", output, StringComparison.Ordinal);
        Assert.Contains("/career", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_SocketMode_HasNoUrls()
    {
        var (exit, output, _) = await CareerBotProcess.RunAsync(["slack", "manifest", "--socket"]);

        Assert.Equal(0, exit);
        Assert.Contains("socket_mode_enabled: true", output, StringComparison.Ordinal);
        Assert.DoesNotContain("request_url", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_NoMode_ExplainsTheChoice()
    {
        var (exit, _, error) = await CareerBotProcess.RunAsync(["slack", "manifest"]);

        Assert.Equal(2, exit);
        Assert.Contains("--url", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_SlackWithoutASigningSecretOrAppToken_StopsNamingTheSetting()
    {
        var (exit, output, error) = await CareerBotProcess.RunAsync(
            ["serve", "--urls", "http://127.0.0.1:0"],
            environment: new Dictionary<string, string> { ["Slack__BotToken"] = "xoxb-not-a-real-token" });

        Assert.Equal(2, exit);
        Assert.Contains("Slack", error + output, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-not-a-real-token", error + output, StringComparison.Ordinal);
    }
}
