using CareerBot.Tests.TestSupport;

namespace CareerBot.Tests.Chat;

public sealed class TerminalChatTests
{
    [Fact]
    public async Task NoArguments_NoPlatformConfigured_ChatsInTheTerminal()
    {
        var (exit, output, _) = await CareerBotProcess.RunAsync([], "what comes after senior?\nsalary compare entry mid\nexit\nsalary lead\n");

        Assert.Equal(0, exit);
        Assert.Contains("After Senior ML Engineer comes Lead ML Engineer", output, StringComparison.Ordinal);
        Assert.Matches(@"│ Mid-level ML Engineer\s+│ \$120,000-\$160,000", output); // a table, no longer a list and then a table
        Assert.DoesNotContain("Lead/Principal Engineer salary", output, StringComparison.Ordinal); // asked after "exit"
    }

    [Fact]
    public async Task Chat_BlankLines_AreSkippedNotAnswered()
    {
        var (exit, output, _) = await CareerBotProcess.RunAsync(["chat"], "\n   \nhelp\n");

        Assert.Equal(0, exit);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(output, "What I can help with"));
    }

    [Fact]
    public async Task Chat_Redirected_NoColourAndSmallTalkIsShort()
    {
        var (exit, output, _) = await CareerBotProcess.RunAsync(["chat"], "thanks\n", new Dictionary<string, string> { ["TERM"] = "xterm-256color" });

        Assert.Equal(0, exit);
        Assert.DoesNotContain('\u001b', output);
        Assert.Contains("You're welcome!", output, StringComparison.Ordinal);
        Assert.DoesNotContain("I don't know", output, StringComparison.Ordinal);
    }
}
