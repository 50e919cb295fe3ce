using System.Globalization;

namespace CareerBot.Chat;

/// <summary>
/// Drawing the line: carriage return, prompt, the part of the text that fits, clear to the end of the row, then
/// the cursor moved back to where it is in the text. A line longer than the terminal scrolls sideways on its
/// one row (so nothing wraps and every redraw stays on that row).
/// </summary>
internal sealed partial class LineEditor
{
    private const string Prompt = "you> ";

    /// <summary>The first character of the text shown when the line is wider than the terminal.</summary>
    private int _scroll;

    private void Draw()
    {
        string plainPrompt, styledPrompt, text;
        int cursor;
        if (_search is { } search)
        {
            var match = search.Match >= 0 ? history[search.Match] : string.Empty;
            plainPrompt = $"({(search.Failed ? "failed " : string.Empty)}reverse-i-search)`{search.Query}': ";
            styledPrompt = plainPrompt;
            text = match;
            cursor = match.Length;
        }
        else
        {
            plainPrompt = Prompt;
            styledPrompt = (colour ? "\u001b[1;32m" : "\u001b[1m") + "you>" + "\u001b[0m ";
            text = _buffer.Text;
            cursor = _buffer.Cursor;
        }

        var room = Math.Max(1, width() - plainPrompt.Length - 1);
        if (text.Length <= room)
        {
            _scroll = 0;
        }
        else if (cursor < _scroll)
        {
            _scroll = cursor;
        }
        else if (cursor - _scroll > room)
        {
            _scroll = cursor - room;
        }

        _scroll = Math.Min(_scroll, Math.Max(0, text.Length - room)); // never scrolled past what there is to show
        var shown = text.Substring(_scroll, Math.Min(room, text.Length - _scroll));
        output.Write('\r');
        output.Write(styledPrompt);
        output.Write(shown);
        output.Write("\u001b[K");
        var back = _scroll + shown.Length - cursor;
        if (back > 0)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"\u001b[{back}D"));
        }

        output.Flush();
    }

    private bool ClearScreen()
    {
        output.Write("\u001b[H\u001b[2J");
        return true;
    }
}
