using CareerBot.Slack.Manifest;

namespace CareerBot.Slack.Tests.Manifest;

public sealed class SlackManifestTests
{
    [Fact]
    public void HttpManifest_PointsSlackAtTheThreeEndpoints()
    {
        var yaml = SlackManifest.ForHttp(new Uri("https://bot.example.com/"));

        Assert.Contains("url: \"https://bot.example.com/slack/commands\"", yaml, StringComparison.Ordinal);
        Assert.Contains("request_url: \"https://bot.example.com/slack/events\"", yaml, StringComparison.Ordinal);
        Assert.Contains("request_url: \"https://bot.example.com/slack/interactions\"", yaml, StringComparison.Ordinal);
        Assert.Contains("socket_mode_enabled: false", yaml, StringComparison.Ordinal);
        Assert.Contains("should_escape: true", yaml, StringComparison.Ordinal);
        Assert.Contains("messages_tab_enabled: true", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void HttpManifest_KeepsAPathPrefix() =>
        Assert.Contains("\"https://example.com/careerbot/slack/events\"", SlackManifest.ForHttp(new Uri("https://example.com/careerbot")), StringComparison.Ordinal);

    [Fact]
    public void SocketManifest_HasNoUrls()
    {
        var yaml = SlackManifest.ForSocketMode();

        Assert.DoesNotContain("url:", yaml, StringComparison.Ordinal);
        Assert.Contains("socket_mode_enabled: true", yaml, StringComparison.Ordinal);
        Assert.Contains("- command: /career", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BothManifests_AskForEveryScopeAndEventTheAdapterUses(bool socket)
    {
        var yaml = socket ? SlackManifest.ForSocketMode() : SlackManifest.ForHttp(new Uri("https://bot.example.com"));

        foreach (var scope in new[] { "commands", "chat:write", "app_mentions:read", "im:history", "im:write", "channels:read", "groups:read", "users:read" })
        {
            Assert.Contains($"      - {scope}\n", yaml.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }

        foreach (var botEvent in new[] { "app_mention", "message.im", "member_joined_channel", "team_join" })
        {
            Assert.Contains($"      - {botEvent}\n", yaml.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("http://bot.example.com")]
    [InlineData("https://bot.example.com/?x=1")]
    public void HttpManifest_RefusesAddressesSlackWillNotCall(string url) =>
        Assert.Throws<ArgumentException>(() => SlackManifest.ForHttp(new Uri(url)));

    [Fact]
    public void AppName_IsQuotedForYaml() =>
        Assert.Contains("name: \"Career: \\\"Bot\\\"\"", SlackManifest.ForSocketMode("Career: \"Bot\""), StringComparison.Ordinal);
}
