using CareerBot.Chat;
using CareerBot.Tests.TestSupport;
using static CareerBot.Tests.TestSupport.ScriptedKeys;

namespace CareerBot.Tests.Chat;

public sealed class LineEditorTests
{
    private readonly ScriptedKeys _keys = new();
    private readonly VirtualTerminal _screen = new();
    private readonly LineHistory _history = new();

    [Fact]
    public async Task Typing_ThenEnter_ReturnsTheLineAndEndsTheRow()
    {
        _keys.Line("salary senior");

        Assert.Equal("salary senior", await ReadAsync());
        Assert.Equal("you> salary senior", _screen.Rows[0]);
        Assert.Equal((1, 0), (_screen.Row, _screen.Column)); // the answer starts on a fresh row
    }

    [Fact]
    public async Task UpAndDown_WalkTheHistory_AndDownPastTheNewestRestoresWhatWasBeingTyped()
    {
        _keys.Line("salary senior").Line("path from mid").Line("skills");
        await ReadLinesAsync(3);

        _keys.Type("draft").Press(Up);
        var line = await StartAsync();
        Assert.Equal("you> skills", _screen.CurrentRow);

        _keys.Press(Up, Up, Up); // past the oldest: stays on it
        await PlayedAsync();
        Assert.Equal("you> salary senior", _screen.CurrentRow);

        _keys.Press(Down);
        await PlayedAsync();
        Assert.Equal("you> path from mid", _screen.CurrentRow);

        _keys.Press(Down, Down, Enter);
        Assert.Equal("draft", await line);
    }

    [Fact]
    public async Task Up_RecallsTheLineBefore_AndEnterRunsItAgain()
    {
        _keys.Line("salary senior").Press(Up, Enter);

        Assert.Equal("salary senior", await ReadAsync());
        Assert.Equal("salary senior", await ReadAsync());
        Assert.Equal(1, _history.Count); // a repeat of the line before is kept once
    }

    [Fact]
    public async Task LeftRightHomeEnd_MoveTheCursor_AndTypingInsertsWhereItIs()
    {
        _keys.Type("slary senor").Press(Home, Right).Type("a").Press(End, Left, Left).Type("i").Press(Enter);

        Assert.Equal("salary senior", await ReadAsync());
    }

    [Fact]
    public async Task BackspaceAndDelete_RemoveBeforeAndUnderTheCursor()
    {
        _keys.Type("salaryy seniorx").Press(Backspace, Home).Press(Right, Right, Right, Right, Right, Right, Delete, Enter);

        Assert.Equal("salary senior", await ReadAsync());
    }

    [Fact]
    public async Task TheCursorOnScreen_IsWhereItIsInTheLine()
    {
        _keys.Type("salary senior").Press(Left, Left, Left);
        var line = await StartAsync();

        Assert.Equal("you> salary senior", _screen.CurrentRow);
        Assert.Equal("you> ".Length + "salary sen".Length, _screen.Column);
        _keys.Type("x").Press(Enter);
        Assert.Equal("salary senxior", await line);
    }

    [Fact]
    public async Task WordKeys_MoveAndDeleteByWord()
    {
        _keys.Type("skills check python").Press(CtrlOf(ConsoleKey.LeftArrow), Ctrl('w')).Type("have ").Press(Ctrl('e'), Enter);
        _keys.Type("path from senior").Press(Ctrl('a'), Ctrl('k')).Type("path").Press(Enter);
        _keys.Type("junk words").Press(Ctrl('u')).Type("help").Press(Enter);

        Assert.Equal("skills have python", await ReadAsync());
        Assert.Equal("path", await ReadAsync());
        Assert.Equal("help", await ReadAsync());
    }

    [Fact]
    public async Task CtrlR_FindsTheNewestMatchingLine_AndEnterRunsIt()
    {
        _keys.Line("salary senior").Line("path from mid").Line("skills check python");
        await ReadLinesAsync(3);

        _keys.Press(Ctrl('r')).Type("sal");
        var line = await StartAsync();
        Assert.Equal("(reverse-i-search)`sal': salary senior", _screen.CurrentRow);

        _keys.Press(Enter);
        Assert.Equal("salary senior", await line);
    }

    [Fact]
    public async Task CtrlR_Again_GoesFurtherBack_AndSaysWhenNothingMatches()
    {
        _keys.Line("salary lead").Line("path").Line("salary senior");
        await ReadLinesAsync(3);

        _keys.Press(Ctrl('r')).Type("salary");
        var line = await StartAsync();
        Assert.Equal("(reverse-i-search)`salary': salary senior", _screen.CurrentRow);

        _keys.Press(Ctrl('r'));
        await PlayedAsync();
        Assert.Equal("(reverse-i-search)`salary': salary lead", _screen.CurrentRow);

        _keys.Type("x");
        await PlayedAsync();
        Assert.Equal("(failed reverse-i-search)`salaryx': salary lead", _screen.CurrentRow);

        _keys.Press(Backspace, Enter); // back to "salary": the newest match again
        Assert.Equal("salary senior", await line);
    }

    [Fact]
    public async Task CtrlR_ThenAnEditingKey_TakesTheMatchIntoTheLine()
    {
        _keys.Line("path from senior").Line("help");
        await ReadLinesAsync(2);

        _keys.Press(Ctrl('r')).Type("from").Press(End, Backspace, Backspace, Backspace, Backspace, Backspace, Backspace).Type("lead").Press(Enter);

        Assert.Equal("path from lead", await ReadAsync());
    }

    [Fact]
    public async Task CtrlR_ThenEscape_PutsTheLineBackAsItWas()
    {
        _keys.Line("salary senior");
        await ReadLinesAsync(1);

        _keys.Type("what I typed").Press(Ctrl('r')).Type("sal").Press(Escape);
        var line = await StartAsync();
        Assert.Equal("you> what I typed", _screen.CurrentRow);

        _keys.Press(Enter);
        Assert.Equal("what I typed", await line);
    }

    [Fact]
    public async Task CtrlD_OnAnEmptyLine_EndsTheInputOnAFreshRow()
    {
        _keys.Press(Ctrl('d'));

        Assert.Null(await ReadAsync());
        Assert.Equal("you>", _screen.Rows[0]);
        Assert.Equal((1, 0), (_screen.Row, _screen.Column));
    }

    [Fact]
    public async Task CtrlD_InsideALine_DeletesUnderTheCursor()
    {
        _keys.Type("salaryx").Press(Left, Ctrl('d'), Enter);

        Assert.Equal("salary", await ReadAsync());
    }

    [Fact]
    public async Task CtrlC_EndsTheInputOnAFreshRow_EvenWithTextTyped()
    {
        _keys.Type("salary sen").Press(Ctrl('c'));

        Assert.Null(await ReadAsync());
        Assert.Equal("you> salary sen", _screen.Rows[0]);
        Assert.Equal((1, 0), (_screen.Row, _screen.Column));
        Assert.Equal(0, _history.Count); // an abandoned line is not history
    }

    [Fact]
    public async Task NoMoreKeys_EndsTheInputLikeCtrlD()
    {
        _keys.Type("half a line");
        _keys.Close();

        Assert.Null(await ReadAsync());
        Assert.Equal(0, _screen.Column);
    }

    [Fact]
    public async Task ALineWiderThanTheTerminal_ScrollsSidewaysOnItsRow()
    {
        var question = "how much does a senior machine learning engineer earn in a year";
        _keys.Type(question);
        var line = await StartAsync(width: 30);

        Assert.Single(_screen.Rows);
        Assert.True(_screen.CurrentRow.Length < 30, _screen.CurrentRow);
        Assert.EndsWith("earn in a year", _screen.CurrentRow, StringComparison.Ordinal);

        _keys.Press(Home);
        await PlayedAsync();
        Assert.StartsWith("you> how much does a senior", _screen.CurrentRow, StringComparison.Ordinal);
        Assert.True(_screen.CurrentRow.Length < 30, _screen.CurrentRow);
        Assert.Equal(5, _screen.Column);

        _keys.Press(Enter);
        Assert.Equal(question, await line);
    }

    [Fact]
    public async Task Colour_OnlyWhenAllowed()
    {
        using var plain = new StringWriter();
        await new LineEditor(new ScriptedKeys().Line("hi"), plain, new LineHistory(), () => 80, colour: false).ReadLineAsync(CancellationToken.None);
        using var coloured = new StringWriter();
        await new LineEditor(new ScriptedKeys().Line("hi"), coloured, new LineHistory(), () => 80, colour: true).ReadLineAsync(CancellationToken.None);

        Assert.DoesNotContain("\u001b[1;32m", plain.ToString(), StringComparison.Ordinal);
        Assert.Contains("\u001b[1;32m", coloured.ToString(), StringComparison.Ordinal);
    }

    private LineEditor Editor(int width) => new(_keys, _screen, _history, () => width, colour: false);

    /// <summary>Reads one line; a script that never ends its line fails the test instead of hanging it.</summary>
    private Task<string?> ReadAsync(int width = 80) => Editor(width).ReadLineAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

    private async Task ReadLinesAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.NotNull(await ReadAsync());
        }
    }

    /// <summary>Starts reading a line and plays the keys queued so far: the screen then shows the line mid-edit.</summary>
    private async Task<Task<string?>> StartAsync(int width = 80)
    {
        var line = ReadAsync(width);
        await _keys.WhenWaitingAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return line;
    }

    /// <summary>Plays the keys added since, and waits until the editor has taken them all.</summary>
    private Task PlayedAsync() => _keys.WhenWaitingAsync().WaitAsync(TimeSpan.FromMinutes(1));
}
