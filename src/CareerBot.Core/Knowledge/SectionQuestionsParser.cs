namespace CareerBot.Core.Knowledge;

/// <summary>
/// Reads <c>questions/*.txt</c>: example questions each guide section answers, one a line under the section's
/// heading in brackets (<c>[Career Benefits: Career Flexibility]</c>), <c>#</c> comments. They are embedded beside
/// the sections so a question worded unlike the guide still finds its section by meaning. The folder is optional;
/// a file that is there is checked: every heading must name exactly one section of the guide.
/// </summary>
internal static class SectionQuestionsParser
{
    public const string Folder = "questions";
    public const int MaxLength = 300;

    /// <summary>The documents with each section's example questions attached.</summary>
    public static IReadOnlyList<GuideDocument> Attach(KnowledgeFiles files, IReadOnlyList<GuideDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(documents);
        if (!files.IsFolder(Folder))
        {
            return documents;
        }

        var questions = new Dictionary<GuideSection, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var file in files.Find(Folder, ".txt"))
        {
            foreach (var (section, question) in Parse(file, files.ReadText(file), documents))
            {
                if (!questions.TryGetValue(section, out var list))
                {
                    questions[section] = list = [];
                }

                list.Add(question);
            }
        }

        return documents
            .Select(d => d with { Sections = d.Sections.Select(s => questions.TryGetValue(s, out var list) ? s with { Questions = list } : s).ToArray() })
            .ToArray();
    }

    public static IReadOnlyList<(GuideSection Section, string Question)> Parse(string file, string text, IReadOnlyList<GuideDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(documents);
        var found = new List<(GuideSection, string)>();
        GuideSection? section = null;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                section = Section(file, i + 1, line, documents);
                continue;
            }

            if (section is null)
            {
                throw new KnowledgeException(file, $"line {i + 1}", "a question before any [section heading]: put the heading of the section that answers it above");
            }

            if (line.Length > MaxLength)
            {
                throw new KnowledgeException(file, $"line {i + 1}", $"longer than {MaxLength} characters: one question a line");
            }

            found.Add((section, line));
        }

        return found.Count > 0 ? found : throw new KnowledgeException(file, "file", "holds no example questions");
    }

    private static GuideSection Section(string file, int line, string text, IReadOnlyList<GuideDocument> documents)
    {
        if (!text.EndsWith(']') || text.Length < 3)
        {
            throw new KnowledgeException(file, $"line {line}", "a section heading must be written [Heading], on a line of its own");
        }

        var heading = text[1..^1].Trim();
        var matches = documents.SelectMany(d => d.Sections).Where(s => string.Equals(s.Heading, heading, StringComparison.OrdinalIgnoreCase)).ToArray();
        return matches.Length switch
        {
            1 => matches[0],
            0 => throw new KnowledgeException(file, $"line {line}", $"no guide section is headed '{heading}'"),
            _ => throw new KnowledgeException(file, $"line {line}", $"'{heading}' heads {matches.Length} guide sections ({string.Join(", ", matches.Select(m => m.DocumentId))}); rename one heading"),
        };
    }
}
