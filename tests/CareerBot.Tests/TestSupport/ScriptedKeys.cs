using CareerBot.Chat;

namespace CareerBot.Tests.TestSupport;

/// <summary>
/// Key presses as a terminal reports them, played in order. When the script runs out the reader waits, as at a
/// terminal, until more keys are added (<see cref="WhenWaitingAsync"/> tells a test it has got there, so it can
/// look at the screen mid-line), or gets "no more keys" once <see cref="Close"/> is called.
/// </summary>
internal sealed class ScriptedKeys : IKeySource
{
    private readonly Queue<ConsoleKeyInfo> _keys = new();
    private readonly Lock _lock = new();
    private TaskCompletionSource<ConsoleKeyInfo?>? _reader;
    private TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _closed;

    public static ConsoleKeyInfo Enter => new('\r', ConsoleKey.Enter, false, false, false);

    public static ConsoleKeyInfo Backspace => new('\u007f', ConsoleKey.Backspace, false, false, false);

    public static ConsoleKeyInfo Delete => Special(ConsoleKey.Delete);

    public static ConsoleKeyInfo Escape => new('\u001b', ConsoleKey.Escape, false, false, false);

    public static ConsoleKeyInfo Up => Special(ConsoleKey.UpArrow);

    public static ConsoleKeyInfo Down => Special(ConsoleKey.DownArrow);

    public static ConsoleKeyInfo Left => Special(ConsoleKey.LeftArrow);

    public static ConsoleKeyInfo Right => Special(ConsoleKey.RightArrow);

    public static ConsoleKeyInfo Home => Special(ConsoleKey.Home);

    public static ConsoleKeyInfo End => Special(ConsoleKey.End);

    /// <summary>Ctrl and a letter, as .NET reports it on Linux: the control character, the letter's key, the Control modifier.</summary>
    public static ConsoleKeyInfo Ctrl(char letter)
    {
        var upper = char.ToUpperInvariant(letter);
        return new ConsoleKeyInfo((char)(upper - 'A' + 1), ConsoleKey.A + (upper - 'A'), false, false, true);
    }

    public static ConsoleKeyInfo CtrlOf(ConsoleKey key) => new('\0', key, false, false, true);

    public ScriptedKeys Type(string text)
    {
        foreach (var c in text)
        {
            var key = char.IsAsciiLetter(c) ? ConsoleKey.A + (char.ToUpperInvariant(c) - 'A') : c == ' ' ? ConsoleKey.Spacebar : (ConsoleKey)0;
            Add(new ConsoleKeyInfo(c, key, char.IsAsciiLetterUpper(c), false, false));
        }

        return this;
    }

    public ScriptedKeys Press(params ConsoleKeyInfo[] keys)
    {
        foreach (var key in keys)
        {
            Add(key);
        }

        return this;
    }

    /// <summary>Types the line and presses Enter.</summary>
    public ScriptedKeys Line(string text) => Type(text).Press(Enter);

    /// <summary>Completes once the reader has taken every key so far and waits for the next.</summary>
    public Task WhenWaitingAsync()
    {
        lock (_lock)
        {
            return _waiting.Task;
        }
    }

    /// <summary>No more keys: what is queued is still read, then the reader gets null.</summary>
    public void Close()
    {
        TaskCompletionSource<ConsoleKeyInfo?>? reader;
        lock (_lock)
        {
            _closed = true;
            reader = _reader;
            _reader = null;
        }

        reader?.SetResult(null);
    }

    public ValueTask<ConsoleKeyInfo?> ReadKeyAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_keys.TryDequeue(out var key))
            {
                return ValueTask.FromResult<ConsoleKeyInfo?>(key);
            }

            if (_closed)
            {
                return ValueTask.FromResult<ConsoleKeyInfo?>(null);
            }

            _reader = new TaskCompletionSource<ConsoleKeyInfo?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.TrySetResult();
            return new ValueTask<ConsoleKeyInfo?>(_reader.Task);
        }
    }

    private void Add(ConsoleKeyInfo key)
    {
        TaskCompletionSource<ConsoleKeyInfo?>? reader;
        lock (_lock)
        {
            reader = _reader;
            _reader = null;
            if (reader is null)
            {
                _keys.Enqueue(key);
                return;
            }

            _waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        reader.SetResult(key);
    }

    private static ConsoleKeyInfo Special(ConsoleKey key) => new('\0', key, false, false, false);
}
