using System.Text;

namespace CareerBot.Chat;

/// <summary>
/// The text being edited and the cursor in it, with the editing moves of a shell's line (character and word
/// moves, deletes, kills). The cursor never splits a surrogate pair.
/// </summary>
internal sealed class EditBuffer
{
    private readonly StringBuilder _text = new();

    public int Cursor { get; private set; }

    public int Length => _text.Length;

    public string Text => _text.ToString();

    public override string ToString() => Text;

    /// <summary>Replaces the text (a history entry, a search match) and puts the cursor at its end.</summary>
    public void Set(string text)
    {
        _text.Clear().Append(text);
        Cursor = _text.Length;
    }

    public void Insert(char c)
    {
        _text.Insert(Cursor, c);
        Cursor++;
    }

    public bool Backspace()
    {
        if (Cursor == 0)
        {
            return false;
        }

        var start = Previous(Cursor);
        _text.Remove(start, Cursor - start);
        Cursor = start;
        return true;
    }

    public bool Delete()
    {
        if (Cursor == _text.Length)
        {
            return false;
        }

        _text.Remove(Cursor, Next(Cursor) - Cursor);
        return true;
    }

    public bool Left() => MoveTo(Cursor == 0 ? 0 : Previous(Cursor));

    public bool Right() => MoveTo(Cursor == _text.Length ? Cursor : Next(Cursor));

    public bool Home() => MoveTo(0);

    public bool End() => MoveTo(_text.Length);

    /// <summary>To the start of this word or the one before (Ctrl-Left, Alt-B).</summary>
    public bool WordLeft() => MoveTo(WordStartBefore(Cursor));

    /// <summary>To the end of this word or the next (Ctrl-Right, Alt-F).</summary>
    public bool WordRight()
    {
        var i = Cursor;
        while (i < _text.Length && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        while (i < _text.Length && !char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        return MoveTo(i);
    }

    /// <summary>Deletes from the start of the word before the cursor to the cursor (Ctrl-W).</summary>
    public bool DeleteWordBefore()
    {
        var start = WordStartBefore(Cursor);
        _text.Remove(start, Cursor - start);
        var changed = start != Cursor;
        Cursor = start;
        return changed;
    }

    /// <summary>Deletes from the start of the line to the cursor (Ctrl-U).</summary>
    public bool KillToStart()
    {
        var changed = Cursor > 0;
        _text.Remove(0, Cursor);
        Cursor = 0;
        return changed;
    }

    /// <summary>Deletes from the cursor to the end of the line (Ctrl-K).</summary>
    public bool KillToEnd()
    {
        var changed = Cursor < _text.Length;
        _text.Remove(Cursor, _text.Length - Cursor);
        return changed;
    }

    private int WordStartBefore(int from)
    {
        var i = from;
        while (i > 0 && char.IsWhiteSpace(_text[i - 1]))
        {
            i--;
        }

        while (i > 0 && !char.IsWhiteSpace(_text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private bool MoveTo(int position)
    {
        var moved = position != Cursor;
        Cursor = position;
        return moved;
    }

    private int Previous(int i) => i >= 2 && char.IsSurrogatePair(_text[i - 2], _text[i - 1]) ? i - 2 : i - 1;

    private int Next(int i) => i + 1 < _text.Length && char.IsSurrogatePair(_text[i], _text[i + 1]) ? i + 2 : i + 1;
}
