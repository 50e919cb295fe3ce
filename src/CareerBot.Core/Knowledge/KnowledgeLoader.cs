namespace CareerBot.Core.Knowledge;

/// <summary>
/// Loads and validates a knowledge folder: <c>guide/*.md</c>, <c>data/*.json</c>, <c>synonyms.txt</c>,
/// <c>onboarding.md</c>. Any problem is a <see cref="KnowledgeException"/> naming the file and the field.
/// </summary>
internal static class KnowledgeLoader
{
    public static KnowledgeBase Load(string root) => Load(new KnowledgeFiles(root));

    /// <summary>Loads through <paramref name="files"/>, which decides what may be read (no links to folders, regular files only, a size cap).</summary>
    public static KnowledgeBase Load(KnowledgeFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var root = files.Root;
        var guideFolder = "guide";
        if (!files.IsFolder(guideFolder))
        {
            throw new KnowledgeException(guideFolder, "folder", "missing: the guide's Markdown files go here");
        }

        var documents = new List<GuideDocument>();
        foreach (var file in files.Find(guideFolder, ".md"))
        {
            var document = GuideMarkdownParser.Parse(file, files.ReadText(file));
            var clash = documents.FirstOrDefault(d => d.Id == document.Id);
            if (clash is not null)
            {
                throw new KnowledgeException(file, "front matter 'id'", $"'{document.Id}' is already used by {clash.File}");
            }

            documents.Add(document);
        }

        if (documents.Count == 0)
        {
            throw new KnowledgeException(guideFolder, "folder", "holds no .md files");
        }

        var withQuestions = SectionQuestionsParser.Attach(files, documents);

        var salaries = KnowledgeDataParser.Salaries(Open(files, "data/salaries.json"));
        var skills = KnowledgeDataParser.Skills(Open(files, "data/skills.json"));
        var ladder = KnowledgeDataParser.Ladder(Open(files, "data/career-path.json"), salaries);
        var roles = KnowledgeDataParser.Roles(Open(files, "data/roles.json"));

        GuideCrossCheck.Verify(documents, salaries, skills, ladder, roles);

        var synonymsFile = "synonyms.txt";
        var synonyms = files.ReadText(synonymsFile);
        SynonymRules.Validate(synonymsFile, synonyms);

        var onboardingFile = "onboarding.md";
        var onboarding = OnboardingParser.Parse(onboardingFile, files.ReadText(onboardingFile));

        return new KnowledgeBase(root, withQuestions, salaries, skills, ladder, roles, synonyms, onboarding, SectionQuestionsParser.NotCovered(files));
    }

    private static DataFile Open(KnowledgeFiles files, string file) => DataFile.Open(file, files.ReadText(file));
}
