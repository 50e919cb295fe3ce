namespace CareerBot.Chat;

/// <summary>
/// The lines entered in this chat session, oldest first, for Up/Down and Ctrl-R. Blank lines and a repeat of
/// the line before are not kept; past <see cref="Capacity"/> the oldest go.
/// </summary>
internal sealed class LineHistory
{
    public const int Capacity = 500;

    private readonly List<string> _entries = [];

    public int Count => _entries.Count;

    public string this[int index] => _entries[index];

    public void Add(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (string.IsNullOrWhiteSpace(line) || (_entries.Count > 0 && _entries[^1] == line))
        {
            return;
        }

        _entries.Add(line);
        if (_entries.Count > Capacity)
        {
            _entries.RemoveAt(0);
        }
    }

    /// <summary>The index of the newest entry at or before <paramref name="from"/> that contains <paramref name="query"/> (ignoring case), or -1.</summary>
    public int FindBackward(string query, int from)
    {
        for (var i = Math.Min(from, _entries.Count - 1); i >= 0; i--)
        {
            if (_entries[i].Contains(query, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
