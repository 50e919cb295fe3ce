using CareerBot.Chat;
using CareerBot.Core.Routing;
using CareerBot.Hosting;
using CareerBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task Chat_FollowUp_TakesTheSessionsPreviousSubject()
    {
        var (exit, output, _) = await CareerBotProcess.RunAsync(["chat"], "how much does a senior ML engineer make?\nand for lead?\n");

        Assert.Equal(0, exit);
        Assert.Contains("Lead/Principal Engineer: $200,000-$300,000+", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_TwoSessionsOfOneEngine_DoNotShareAConversation()
    {
        using var services = CoreServices.Build(Path.Combine(CareerBotProcess.BinaryFolder, "knowledge"));
        var responder = services.GetRequiredService<IChatResponder>();
        using var first = new StringWriter();
        using var second = new StringWriter();
        var one = new TerminalChat(responder, new TextLineSource(new StringReader("how much does a senior ML engineer make?\n")), TerminalConsole.Create(first, outputRedirected: true, noColor: null));
        var two = new TerminalChat(responder, new TextLineSource(new StringReader("and for lead?\n")), TerminalConsole.Create(second, outputRedirected: true, noColor: null));

        await one.RunAsync(interactive: false, CancellationToken.None);
        await two.RunAsync(interactive: false, CancellationToken.None);
        await new TerminalChat(responder, new TextLineSource(new StringReader("and for lead?\n")), TerminalConsole.Create(first, outputRedirected: true, noColor: null)).RunAsync(interactive: false, CancellationToken.None);

        Assert.NotEqual(one.ConversationId, two.ConversationId);
        Assert.DoesNotContain("Lead/Principal Engineer salary", second.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Lead/Principal Engineer salary", first.ToString(), StringComparison.Ordinal); // a new session, too
    }

    [Fact]
    public async Task Chat_AtATerminal_UpRecallsTheLastQuestionForEditing_AndCtrlDLeavesOnAFreshRow()
    {
        using var services = CoreServices.Build(Path.Combine(CareerBotProcess.BinaryFolder, "knowledge"));
        var keys = new ScriptedKeys().Line("salary senior").Press(ScriptedKeys.Up, ScriptedKeys.Ctrl('w')).Line("lead").Press(ScriptedKeys.Ctrl('d'));
        var screen = new VirtualTerminal();
        var console = TerminalConsole.Create(screen, outputRedirected: false, noColor: "1", width: 80);
        var chat = new TerminalChat(services.GetRequiredService<IChatResponder>(), new LineEditor(keys, screen, new LineHistory(), () => 80, colour: false), console);

        await chat.RunAsync(interactive: true, CancellationToken.None);

        Assert.Contains("you> salary senior", screen.Rows);
        Assert.Contains("you> salary lead", screen.Rows);
        Assert.Contains(screen.Rows, r => r.Contains("Senior ML Engineer: $160,000-$200,000+", StringComparison.Ordinal));
        Assert.Contains(screen.Rows, r => r.Contains("Lead/Principal Engineer: $200,000-$300,000+", StringComparison.Ordinal));
        Assert.Equal("you>", screen.Rows[^2]); // Ctrl-D: the prompt left as it was, the cursor on the row below
        Assert.Equal((screen.Rows.Count - 1, 0), (screen.Row, screen.Column));
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
