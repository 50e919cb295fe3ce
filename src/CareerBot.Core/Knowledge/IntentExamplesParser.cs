namespace CareerBot.Core.Knowledge;

/// <summary>
/// Reads <c>intents/*.txt</c>: one file per intent (<c>salary.txt</c>, <c>path.txt</c>, ...), one example
/// question a line, <c>#</c> comments. The folder is optional; a file that is there is checked.
/// </summary>
internal static class IntentExamplesParser
{
    public const string Folder = "intents";
    public const int MaxLength = 300;

    /// <summary>The intents an example may name: the free-text routes.</summary>
    public static readonly IReadOnlyList<string> Intents = ["ask", "salary", "skills", "path", "compare", "help"];

    public static IReadOnlyList<IntentExample> Load(string root) => Load(new KnowledgeFiles(root));

    /// <summary>Reads through <paramref name="files"/> like the rest of the knowledge: regular files only, no folder links, a size cap.</summary>
    public static IReadOnlyList<IntentExample> Load(KnowledgeFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!files.IsFolder(Folder))
        {
            return [];
        }

        var examples = new List<IntentExample>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files.Find(Folder, ".txt"))
        {
            examples.AddRange(Parse(file, files.ReadText(file), seen));
        }

        return examples;
    }

    public static IReadOnlyList<IntentExample> Parse(string file, string text, Dictionary<string, string>? seen = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        seen ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var intent = Path.GetFileNameWithoutExtension(file);
        if (!Intents.Contains(intent, StringComparer.Ordinal))
        {
            throw new KnowledgeException(file, "file name", $"'{intent}' is not an intent; use one of {string.Join(", ", Intents)}");
        }

        var examples = new List<IntentExample>();
        foreach (var (number, line) in KnowledgeText.QuestionLines(file, text, MaxLength))
        {
            if (seen.TryGetValue(line, out var other))
            {
                throw new KnowledgeException(file, $"line {number}", $"the same question is already an example in {other}");
            }

            seen[line] = file;
            examples.Add(new IntentExample(intent, line));
        }

        return examples.Count > 0 ? examples : throw new KnowledgeException(file, "file", "holds no example questions");
    }
}
