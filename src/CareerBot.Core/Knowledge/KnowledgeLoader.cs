namespace CareerBot.Core.Knowledge;

/// <summary>
/// Loads and validates a knowledge folder: <c>guide/*.md</c>, <c>data/*.json</c>, <c>synonyms.txt</c>,
/// <c>onboarding.md</c>. Any problem is a <see cref="KnowledgeException"/> naming the file and the field.
/// </summary>
public static class KnowledgeLoader
{
    public static KnowledgeBase Load(string root)
    {
        var guideFolder = Path.Combine(root, "guide");
        if (!Directory.Exists(guideFolder))
        {
            throw new KnowledgeException(Relative(root, guideFolder), "folder", "missing: the guide's Markdown files go here");
        }

        var documents = new List<GuideDocument>();
        foreach (var path in Directory.EnumerateFiles(guideFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Relative(root, path);
            var document = GuideMarkdownParser.Parse(file, KnowledgeText.Decode(file, File.ReadAllBytes(path)));
            var clash = documents.FirstOrDefault(d => d.Id == document.Id);
            if (clash is not null)
            {
                throw new KnowledgeException(file, "front matter 'id'", $"'{document.Id}' is already used by {clash.File}");
            }

            documents.Add(document);
        }

        if (documents.Count == 0)
        {
            throw new KnowledgeException(Relative(root, guideFolder), "folder", "holds no .md files");
        }

        var salaries = KnowledgeDataParser.Salaries(Open(root, "data/salaries.json"));
        var skills = KnowledgeDataParser.Skills(Open(root, "data/skills.json"));
        var ladder = KnowledgeDataParser.Ladder(Open(root, "data/career-path.json"), salaries);
        var roles = KnowledgeDataParser.Roles(Open(root, "data/roles.json"));

        GuideCrossCheck.Verify(documents, salaries, skills, ladder, roles);

        var synonymsFile = "synonyms.txt";
        var synonyms = ReadRequired(root, synonymsFile);
        SynonymRules.Validate(synonymsFile, synonyms);

        var onboardingFile = "onboarding.md";
        var onboarding = OnboardingParser.Parse(onboardingFile, ReadRequired(root, onboardingFile));

        return new KnowledgeBase(root, documents, salaries, skills, ladder, roles, synonyms, onboarding);
    }

    private static DataFile Open(string root, string file) => DataFile.Open(file, ReadRequired(root, file));

    private static string ReadRequired(string root, string file)
    {
        var path = Path.Combine(root, file);
        return File.Exists(path) ? KnowledgeText.Decode(file, File.ReadAllBytes(path)) : throw new KnowledgeException(file, "file", "missing");
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
