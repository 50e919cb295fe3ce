namespace CareerBot.Core.Knowledge;

/// <summary>
/// Reads <c>questions/*.txt</c>: example questions each guide section answers, one a line under the section's
/// heading in brackets (<c>[Career Benefits: Career Flexibility]</c>), <c>#</c> comments. They are embedded beside
/// the sections so a question worded unlike the guide still finds its section by meaning. The folder is optional;
/// a file that is there is checked: every heading must name exactly one section of the guide.
/// Files named <c>not-covered*.txt</c> hold no headings: their questions are on topics the knowledge does not cover
/// (<see cref="NotCovered"/>).
/// </summary>
internal static class SectionQuestionsParser
{
    public const string Folder = "questions";
    public const int MaxLength = 300;

    /// <summary>How the files of questions on topics the knowledge does not cover are named (<c>not-covered.txt</c>, <c>not-covered-hr.txt</c>).</summary>
    public const string NotCoveredPrefix = "not-covered";

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
        foreach (var file in files.Find(Folder, ".txt").Where(f => !IsNotCovered(f)))
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

    /// <summary>
    /// The questions of <c>questions/not-covered*.txt</c>: topics a user may well ask about that the knowledge does not
    /// cover (the interview process, visas, a compiler error). A question nearer one of these in meaning than to any
    /// section is not answered from whichever section shares its words. Empty when there are none.
    /// </summary>
    public static IReadOnlyList<string> NotCovered(KnowledgeFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.IsFolder(Folder)
            ? files.Find(Folder, ".txt").Where(IsNotCovered).SelectMany(f => ParseNotCovered(f, files.ReadText(f))).ToArray()
            : [];
    }

    public static IReadOnlyList<string> ParseNotCovered(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<string>();
        foreach (var (number, line) in KnowledgeText.QuestionLines(file, text, MaxLength))
        {
            found.Add(line.StartsWith('[') ? throw new KnowledgeException(file, $"line {number}", "no [section headings] here: these questions are on topics no section covers") : line);
        }

        return found.Count > 0 ? found : throw new KnowledgeException(file, "file", "holds no questions");
    }

    private static bool IsNotCovered(string file) =>
        Path.GetFileName(file).StartsWith(NotCoveredPrefix, StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<(GuideSection Section, string Question)> Parse(string file, string text, IReadOnlyList<GuideDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(documents);
        var found = new List<(GuideSection, string)>();
        GuideSection? section = null;
        foreach (var (number, line) in KnowledgeText.QuestionLines(file, text, MaxLength))
        {
            if (line.StartsWith('['))
            {
                section = Section(file, number, line, documents);
                continue;
            }

            found.Add(section is null
                ? throw new KnowledgeException(file, $"line {number}", "a question before any [section heading]: put the heading of the section that answers it above")
                : (section, line));
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
