using System.Text;

namespace CareerBot.Chat;

/// <summary>
/// Ctrl-R, as in bash: typing narrows to the newest earlier line containing the text (ignoring case), Ctrl-R
/// again goes further back, Backspace widens, Enter runs the match, Ctrl-G or Escape puts the line back as it
/// was, and any other key takes the match into the line and then does what it does.
/// </summary>
internal sealed partial class LineEditor
{
    private SearchState? _search;

    private bool StartSearch()
    {
        _search = new SearchState(_buffer.Text, _historyIndex - 1);
        return true;
    }

    /// <summary>A key while searching: an outcome when the key was the search's, null to handle it as an ordinary key.</summary>
    private Outcome? HandleSearch(ConsoleKeyInfo key)
    {
        var search = _search!;
        if (key.Key == ConsoleKey.Enter || key.KeyChar is '\r' or '\n')
        {
            AcceptSearch();
            return Outcome.Submit;
        }

        if (IsControl(key, ConsoleKey.C))
        {
            return Outcome.EndOfInput;
        }

        if (IsControl(key, ConsoleKey.G) || key.Key == ConsoleKey.Escape)
        {
            _search = null;
            _buffer.Set(search.Original);
            Draw();
            return Outcome.Continue;
        }

        if (IsControl(key, ConsoleKey.R))
        {
            Find(search, search.Match >= 0 ? search.Match - 1 : search.Start);
        }
        else if (key.Key == ConsoleKey.Backspace || key.KeyChar is '\b' or '\u007f')
        {
            if (search.Query.Length > 0)
            {
                search.Query.Length--;
            }

            search.Match = -1;
            if (search.Query.Length > 0)
            {
                Find(search, search.Start);
            }

            search.Failed = false;
        }
        else if ((key.Modifiers & (ConsoleModifiers.Control | ConsoleModifiers.Alt)) == 0 && !char.IsControl(key.KeyChar) && key.KeyChar != '\0')
        {
            search.Query.Append(key.KeyChar);
            Find(search, search.Match >= 0 ? search.Match : search.Start);
        }
        else
        {
            AcceptSearch();
            return null;
        }

        Draw();
        return Outcome.Continue;
    }

    private void Find(SearchState search, int from)
    {
        var found = search.Query.Length == 0 ? -1 : history.FindBackward(search.Query.ToString(), from);
        search.Failed = found < 0;
        if (found >= 0)
        {
            search.Match = found;
        }
    }

    /// <summary>Ends the search with its match in the line (the line as it was when nothing matched).</summary>
    private void AcceptSearch()
    {
        var search = _search!;
        _search = null;
        if (search.Match >= 0)
        {
            _historyIndex = search.Match;
            _buffer.Set(history[search.Match]);
        }
        else
        {
            _buffer.Set(search.Original);
        }
    }

    private sealed class SearchState(string original, int start)
    {
        public string Original { get; } = original;

        /// <summary>Where a fresh search starts: the entry before the one shown when Ctrl-R was pressed.</summary>
        public int Start { get; } = start;

        public StringBuilder Query { get; } = new();

        public int Match { get; set; } = -1;

        public bool Failed { get; set; }
    }
}
