using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Tests.TestSupport;

/// <summary>
/// What a terminal shows for the text written to it: printable characters, CR, LF, and the few escape sequences
/// the line editor and Spectre.Console use (cursor left/right, clear to end of row, clear screen, colours ignored).
/// Rows are unbounded in width so a test can see whether anything went past the terminal's edge.
/// </summary>
internal sealed partial class VirtualTerminal : TextWriter
{
    private readonly List<StringBuilder> _rows = [new()];

    public override Encoding Encoding => Encoding.UTF8;

    public int Row { get; private set; }

    public int Column { get; private set; }

    public IReadOnlyList<string> Rows => _rows.Select(r => r.ToString().TrimEnd()).ToArray();

    /// <summary>The row the cursor is on, without trailing spaces.</summary>
    public string CurrentRow => _rows[Row].ToString().TrimEnd();

    private string _pending = string.Empty;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        var text = _pending + value;
        _pending = string.Empty;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u001b')
            {
                var match = EscapeSequence().Match(text, i);
                if (!match.Success || match.Index != i)
                {
                    _pending = text[i..]; // an escape sequence split across writes
                    return;
                }

                Apply(match.Groups[1].Value, match.Groups[2].Value[0]);
                i += match.Length - 1;
            }
            else if (c == '\r')
            {
                Column = 0;
            }
            else if (c == '\n')
            {
                Row++;
                while (_rows.Count <= Row)
                {
                    _rows.Add(new StringBuilder());
                }
            }
            else
            {
                var row = _rows[Row];
                while (row.Length < Column)
                {
                    row.Append(' ');
                }

                if (Column < row.Length)
                {
                    row[Column] = c;
                }
                else
                {
                    row.Append(c);
                }

                Column++;
            }
        }
    }

    private void Apply(string arguments, char command)
    {
        var n = int.TryParse(arguments, out var parsed) ? parsed : 1;
        switch (command)
        {
            case 'D':
                Column = Math.Max(0, Column - n);
                break;
            case 'C':
                Column += n;
                break;
            case 'K':
                if (_rows[Row].Length > Column)
                {
                    _rows[Row].Length = Column;
                }

                break;
            case 'J':
                _rows.Clear();
                _rows.Add(new StringBuilder());
                Row = 0;
                Column = 0;
                break;
            case 'H':
                Row = 0;
                Column = 0;
                break;
            default:
                break; // colours and styles
        }
    }

    [GeneratedRegex(@"\u001b\[([0-9;]*)([A-Za-z])")]
    private static partial Regex EscapeSequence();
}
