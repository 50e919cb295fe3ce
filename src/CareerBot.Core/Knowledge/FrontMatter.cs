namespace CareerBot.Core.Knowledge;

/// <summary>
/// The <c>---</c> block at the top of a Markdown file: <c>key: value</c> lines, lists as <c>[a, b]</c>.
/// </summary>
internal sealed class FrontMatter
{
    private readonly Dictionary<string, (string Value, int Line)> _fields;

    private FrontMatter(Dictionary<string, (string Value, int Line)> fields, int bodyStartLine)
    {
        _fields = fields;
        BodyStartLine = bodyStartLine;
    }

    /// <summary>The zero-based index of the first line after the closing <c>---</c>.</summary>
    public int BodyStartLine { get; }

    public static FrontMatter Parse(string file, IReadOnlyList<string> lines, IReadOnlyCollection<string> allowedKeys)
    {
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            throw new KnowledgeException(file, "line 1", "expected front matter starting with '---' (fields: " + string.Join(", ", allowedKeys) + ")");
        }

        var fields = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line == "---")
            {
                return new FrontMatter(fields, i + 1);
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new KnowledgeException(file, $"line {i + 1}", $"front matter line is not 'key: value': '{line}'");
            }

            var key = line[..colon].Trim();
            if (!allowedKeys.Contains(key))
            {
                throw new KnowledgeException(file, $"front matter '{key}' (line {i + 1})", "unknown field; allowed: " + string.Join(", ", allowedKeys));
            }

            if (fields.ContainsKey(key))
            {
                throw new KnowledgeException(file, $"front matter '{key}' (line {i + 1})", "given twice");
            }

            fields[key] = (Unquote(line[(colon + 1)..].Trim()), i + 1);
        }

        throw new KnowledgeException(file, "front matter", "no closing '---' line");
    }

    public string Required(string file, string key)
    {
        if (!_fields.TryGetValue(key, out var field) || field.Value.Length == 0)
        {
            throw new KnowledgeException(file, $"front matter '{key}'", "missing or empty");
        }

        return field.Value;
    }

    public string? Optional(string key) => _fields.TryGetValue(key, out var field) && field.Value.Length > 0 ? field.Value : null;

    public IReadOnlyList<string> List(string file, string key)
    {
        if (!_fields.TryGetValue(key, out var field) || field.Value.Length == 0)
        {
            return [];
        }

        var value = field.Value;
        if (!value.StartsWith('[') || !value.EndsWith(']'))
        {
            throw new KnowledgeException(file, $"front matter '{key}' (line {field.Line})", "expected a list like [a, b]");
        }

        return value[1..^1]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Unquote)
            .Where(v => v.Length > 0)
            .ToArray();
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\''))
            ? value[1..^1]
            : value;
}
