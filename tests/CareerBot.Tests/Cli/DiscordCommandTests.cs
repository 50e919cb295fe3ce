using CareerBot.Tests.TestSupport;

namespace CareerBot.Tests.Cli;

public sealed class DiscordCommandTests
{
    [Fact]
    public async Task RegisterCommands_NoSettings_ExitsWith2NamingTheSetting()
    {
        var (exit, output, error) = await CareerBotProcess.RunAsync(["discord", "register-commands"]);

        Assert.Equal(2, exit);
        Assert.Contains("Discord__BotToken", error + output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal); // one line, no stack trace
    }

    [Fact]
    public async Task Serve_DiscordPublicKeyNotHex_StopsNamingTheSetting()
    {
        var (exit, output, error) = await CareerBotProcess.RunAsync(
            ["serve", "--urls", "http://127.0.0.1:0"],
            environment: new Dictionary<string, string>
            {
                ["Discord__PublicKey"] = "not-a-key",
                ["Discord__ApplicationId"] = "123456789012345678",
            });

        Assert.Equal(2, exit);
        Assert.Contains("Discord:PublicKey", error + output, StringComparison.Ordinal);
    }
}
