namespace CareerBot.Chat;

/// <summary>
/// The chat's input line at a terminal: the <c>you&gt;</c> prompt, editing (Left/Right, Home/End, Backspace,
/// Delete, Ctrl/Alt word moves, Ctrl-U/K/W), history (Up/Down) and reverse search (Ctrl-R, see
/// <c>LineEditor.Search.cs</c>). Ctrl-D on an empty line and Ctrl-C end the input, leaving the cursor on a
/// fresh line. Keys come from an <see cref="IKeySource"/>, so tests drive it with scripted keys.
/// </summary>
internal sealed partial class LineEditor(IKeySource keys, TextWriter output, LineHistory history, Func<int> width, bool colour) : ILineSource
{
    private readonly EditBuffer _buffer = new();

    /// <summary>Which history entry is shown: <c>history.Count</c> is the line being typed (<see cref="_draft"/>).</summary>
    private int _historyIndex;

    private string _draft = string.Empty;

    private enum Outcome
    {
        Continue,
        Submit,
        EndOfInput,
    }

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        _buffer.Set(string.Empty);
        _historyIndex = history.Count;
        _draft = string.Empty;
        _search = null;
        _scroll = 0;
        Draw();
        while (true)
        {
            var key = await keys.ReadKeyAsync(cancellationToken);
            var outcome = key is { } pressed ? Handle(pressed) : Outcome.EndOfInput;
            if (outcome == Outcome.Submit)
            {
                var line = _buffer.Text;
                _search = null;
                _buffer.End();
                Draw();
                output.Write("\r\n");
                output.Flush();
                history.Add(line);
                return line;
            }

            if (outcome == Outcome.EndOfInput)
            {
                output.Write("\r\n"); // the shell's prompt (or what follows) starts on a line of its own
                output.Flush();
                return null;
            }
        }
    }

    private Outcome Handle(ConsoleKeyInfo key)
    {
        if (_search is not null)
        {
            var outcome = HandleSearch(key);
            if (outcome is not null)
            {
                return outcome.Value;
            }
        }

        if (key.Key == ConsoleKey.Enter || key.KeyChar is '\r' or '\n')
        {
            return Outcome.Submit;
        }

        if (IsControl(key, ConsoleKey.C) || (IsControl(key, ConsoleKey.D) && _buffer.Length == 0))
        {
            return Outcome.EndOfInput;
        }

        var alt = (key.Modifiers & ConsoleModifiers.Alt) != 0;
        var ctrl = (key.Modifiers & ConsoleModifiers.Control) != 0;
        var changed = key switch
        {
            _ when IsControl(key, ConsoleKey.D) => _buffer.Delete(),
            { Key: ConsoleKey.Backspace } or { KeyChar: '\b' or '\u007f' } => _buffer.Backspace(),
            { Key: ConsoleKey.Delete } => _buffer.Delete(),
            { Key: ConsoleKey.LeftArrow } when ctrl || alt => _buffer.WordLeft(),
            { Key: ConsoleKey.RightArrow } when ctrl || alt => _buffer.WordRight(),
            { Key: ConsoleKey.B } when alt => _buffer.WordLeft(),
            { Key: ConsoleKey.F } when alt => _buffer.WordRight(),
            { Key: ConsoleKey.LeftArrow } => _buffer.Left(),
            { Key: ConsoleKey.RightArrow } => _buffer.Right(),
            { Key: ConsoleKey.Home } => _buffer.Home(),
            { Key: ConsoleKey.End } => _buffer.End(),
            { Key: ConsoleKey.UpArrow } => Older(),
            { Key: ConsoleKey.DownArrow } => Newer(),
            _ when IsControl(key, ConsoleKey.A) => _buffer.Home(),
            _ when IsControl(key, ConsoleKey.E) => _buffer.End(),
            _ when IsControl(key, ConsoleKey.B) => _buffer.Left(),
            _ when IsControl(key, ConsoleKey.F) => _buffer.Right(),
            _ when IsControl(key, ConsoleKey.P) => Older(),
            _ when IsControl(key, ConsoleKey.N) => Newer(),
            _ when IsControl(key, ConsoleKey.U) => _buffer.KillToStart(),
            _ when IsControl(key, ConsoleKey.K) => _buffer.KillToEnd(),
            _ when IsControl(key, ConsoleKey.W) => _buffer.DeleteWordBefore(),
            _ when IsControl(key, ConsoleKey.R) => StartSearch(),
            _ when IsControl(key, ConsoleKey.L) => ClearScreen(),
            _ when !ctrl && !alt && !char.IsControl(key.KeyChar) && key.KeyChar != '\0' => Insert(key.KeyChar),
            _ => false, // Tab, Escape, function keys: nothing to do
        };

        if (changed)
        {
            Draw();
        }

        return Outcome.Continue;
    }

    private bool Insert(char c)
    {
        _buffer.Insert(c);
        return true;
    }

    private bool Older()
    {
        if (_historyIndex == 0)
        {
            return false;
        }

        if (_historyIndex == history.Count)
        {
            _draft = _buffer.Text;
        }

        _historyIndex--;
        _buffer.Set(history[_historyIndex]);
        return true;
    }

    private bool Newer()
    {
        if (_historyIndex >= history.Count)
        {
            return false;
        }

        _historyIndex++;
        _buffer.Set(_historyIndex == history.Count ? _draft : history[_historyIndex]);
        return true;
    }

    /// <summary>Ctrl-letter as the terminal reports it: the Control modifier with the letter, or the bare control character.</summary>
    private static bool IsControl(ConsoleKeyInfo key, ConsoleKey letter) =>
        ((key.Modifiers & ConsoleModifiers.Control) != 0 && key.Key == letter) || key.KeyChar == (char)(letter - ConsoleKey.A + 1);
}
