using CareerBot.Core.Knowledge;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Knowledge;

public sealed class KnowledgeLoaderTests
{
    [Fact]
    public void Load_ShippedKnowledge_HasEveryGuideTopicAndTheDataFiles()
    {
        var knowledge = KnowledgeLoader.Load(ShippedKnowledge.Folder);

        Assert.Equal(10, knowledge.Documents.Count);
        Assert.Equal(["entry", "mid", "senior", "lead"], knowledge.Salaries.Select(s => s.Level));
        Assert.Equal(["junior", "senior", "lead", "architect", "director"], knowledge.Ladder.Steps.Select(s => s.Step));
        Assert.Equal(["technical", "mathematical", "domain"], knowledge.SkillAreas.Select(a => a.Area));
        Assert.Equal(5, knowledge.Roles.Overlaps.Count);
        Assert.Equal(3, knowledge.Onboarding.ExampleQuestions.Count);
    }

    [Fact]
    public void Load_ShippedGuide_KeepsEveryLineOfTheSourceGuide()
    {
        // Every fact of the guide must be reachable: each content line of the original text appears in a section.
        var knowledge = KnowledgeLoader.Load(ShippedKnowledge.Folder);
        var sectionText = string.Join('\n', knowledge.Sections.Select(s => $"{s.DocumentTitle}\n{s.Heading}\n{s.Body}"));
        foreach (var line in GuideLines())
        {
            Assert.True(sectionText.Contains(line, StringComparison.Ordinal), $"guide line not in the knowledge: {line}");
        }
    }

    [Fact]
    public void Load_SalaryFigures_MatchTheGuideExactly()
    {
        var salaries = KnowledgeLoader.Load(ShippedKnowledge.Folder).Salaries.ToDictionary(s => s.Level);

        Assert.Equal((90000m, 120000m, false), (salaries["entry"].Min, salaries["entry"].Max, salaries["entry"].OpenEnded));
        Assert.Equal((120000m, 160000m, false), (salaries["mid"].Min, salaries["mid"].Max, salaries["mid"].OpenEnded));
        Assert.Equal((160000m, 200000m, true), (salaries["senior"].Min, salaries["senior"].Max, salaries["senior"].OpenEnded));
        Assert.Equal((200000m, 300000m, true), (salaries["lead"].Min, salaries["lead"].Max, salaries["lead"].OpenEnded));
        Assert.All(salaries.Values, s => Assert.Equal(("USD", 2025), (s.Currency, s.Year)));
    }

    [Fact]
    public async Task Load_TeamAddsAGuideFile_ItIsIndexedAndAnswered()
    {
        using var copy = new KnowledgeCopy();
        copy.Write("guide/team-mentoring.md", """
            ---
            id: team-mentoring
            title: Mentoring at Acme
            tags: [mentoring, acme]
            source: acme-handbook
            ---
            ## Mentoring programme
            Every new ML engineer at Acme gets a mentor for their first six months.
            """);

        using var services = ShippedKnowledge.Build(copy.Root);
        var responder = services.GetService(typeof(CareerBot.Core.Routing.IChatResponder)) as CareerBot.Core.Routing.IChatResponder;
        var reply = await responder!.RespondAsync(new CareerBot.Core.Routing.ChatRequest("does acme have a mentoring programme?", "test"), CancellationToken.None);

        Assert.True(reply.Answered);
        Assert.Contains(reply.Sources, s => s.Title == "Mentoring at Acme");
        Assert.Contains("first six months", CareerBot.Core.Replies.PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TeamAddsASalaryRow_ItIsUsed()
    {
        using var copy = new KnowledgeCopy();
        copy.Edit("data/salaries.json", "\"levels\": [", """
            "levels": [
                { "level": "intern", "title": "ML Intern", "min": 40000, "max": 50000, "currency": "USD", "year": 2025, "source": "acme-handbook" },
            """);

        var knowledge = KnowledgeLoader.Load(copy.Root);

        Assert.Equal("intern", knowledge.Salaries[0].Level);
        Assert.False(knowledge.Salaries[0].OpenEnded);
    }

    [Theory]
    [InlineData("guide/03-skills.md", "---\nid: skills\n", "id: skills\n", "guide/03-skills.md: line 1: expected front matter")]
    [InlineData("guide/03-skills.md", "id: skills\n", "", "guide/03-skills.md: front matter 'id': missing or empty")]
    [InlineData("guide/03-skills.md", "id: skills\n", "id: Skills Guide\n", "guide/03-skills.md: front matter 'id': 'Skills Guide' must be lower-case")]
    [InlineData("guide/03-skills.md", "id: skills\n", "id: overview\n", "'overview' is already used by guide/01-overview.md")]
    [InlineData("guide/03-skills.md", "source: ml-engineer-career-guide-2025\n", "", "guide/03-skills.md: front matter 'source': missing or empty")]
    [InlineData("guide/03-skills.md", "id: skills\n", "id: skills\nauthor: me\n", "guide/03-skills.md: front matter 'author' (line 3): unknown field")]
    [InlineData("guide/03-skills.md", "tags: [skills, qualifications, requirements, learn, know]", "tags: skills", "guide/03-skills.md: front matter 'tags' (line 4): expected a list")]
    [InlineData("guide/10-conclusion.md", "\nA career in machine learning", "\n## Empty at the end\n\n## Also nothing\nx\n## Last\n\nA career in machine learning", "")]
    public void Load_MalformedGuideFile_NamesTheFileAndField(string file, string from, string to, string expected)
    {
        using var copy = new KnowledgeCopy();
        copy.Edit(file, from, to);

        if (expected.Length == 0)
        {
            // Headings followed directly by another heading are parents: allowed. The edit renames the section the
            // example questions name, so they go (a questions file naming a missing heading is an error of its own).
            Directory.Delete(copy.PathOf("questions"), recursive: true);
            KnowledgeLoader.Load(copy.Root);
            return;
        }

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SectionWithNothingUnderItAtTheEnd_NamesTheLine()
    {
        using var copy = new KnowledgeCopy();
        File.AppendAllText(copy.PathOf("guide/10-conclusion.md"), "\n## Next steps\n");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.StartsWith("guide/10-conclusion.md: line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("section 'Next steps' has no text under it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GuideFolderWithoutMarkdown_SaysSo()
    {
        using var copy = new KnowledgeCopy();
        foreach (var file in Directory.GetFiles(copy.PathOf("guide")))
        {
            File.Delete(file);
        }

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));
        Assert.Equal("guide: folder: holds no .md files", error.Message);
    }

    [Theory]
    [InlineData("data/salaries.json", "\"min\": 160000", "\"min\": \"a lot\"", "data/salaries.json: levels[2].min: must be a number, found \"a lot\"")]
    [InlineData("data/salaries.json", "\"max\": 160000", "\"max\": 100000", "data/salaries.json: levels[1].max: must be at least min (120000), found 100000")]
    [InlineData("data/salaries.json", "\"currency\": \"USD\", \"year\": 2025, \"basis\": \"median\", \"source\": \"ml-engineer-career-guide-2025\" },\n    { \"level\": \"mid\"", "\"currency\": \"Dollars\", \"year\": 2025, \"basis\": \"median\", \"source\": \"ml-engineer-career-guide-2025\" },\n    { \"level\": \"mid\"", "data/salaries.json: levels[0].currency: must be a three-letter code")]
    [InlineData("data/salaries.json", "\"level\": \"mid\"", "\"level\": \"senior\"", "data/salaries.json: levels[2].level: 'senior' is listed twice")]
    [InlineData("data/salaries.json", "\"level\": \"mid\", ", "", "data/salaries.json: levels[1].level: missing")]
    [InlineData("data/salaries.json", "\"openEnded\": true", "\"openEnded\": \"yes\"", "data/salaries.json: levels[2].openEnded: must be true or false")]
    [InlineData("data/salaries.json", "\"levels\": [", "\"levels\": [[", "data/salaries.json: line ")]
    [InlineData("data/skills.json", "\"area\": \"mathematical\"", "\"area\": \"maths & stats\"", "data/skills.json: areas[1].area: 'maths & stats' must be a plain name")]
    [InlineData("data/skills.json", "\"items\": [\n        { \"name\": \"Linear algebra\"", "\"items\": [\n        { \"title\": \"Linear algebra\"", "data/skills.json: areas[1].items[0].name: missing")]
    [InlineData("data/career-path.json", "\"salaryLevel\": \"lead\"", "\"salaryLevel\": \"staff\"", "data/career-path.json: ladder[2].salaryLevel: 'staff' is not a level in salaries.json")]
    [InlineData("data/career-path.json", "\"entryRequirements\": [", "\"entryRequirements\": 5, \"x\": [", "data/career-path.json: entryRequirements: must be a list, found 5")]
    [InlineData("data/roles.json", "\"overlaps\": [", "\"overlap\": [", "data/roles.json: overlaps: missing")]
    [InlineData("data/salaries.json", "\"openEnded\": true", "\"openEnd\": true", "data/salaries.json: levels[2].openEnd: unknown field; did you mean 'openEnded'? allowed: level, title, aliases, min, max, openEnded")]
    [InlineData("data/salaries.json", "\"levels\": [", "\"note\": \"x\", \"levels\": [", "data/salaries.json: note: unknown field; allowed: levels")]
    [InlineData("data/skills.json", "{ \"name\": \"Linear algebra\",", "{ \"name\": \"Linear algebra\", \"level\": 3,", "data/skills.json: areas[1].items[0].level: unknown field; allowed: name, keywords")]
    [InlineData("data/skills.json", "\"area\": \"domain\",", "\"area\": \"domain\", \"colour\": \"red\",", "data/skills.json: areas[2].colour: unknown field")]
    [InlineData("data/career-path.json", "\"salaryLevel\": \"lead\"", "\"salary\": \"lead\"", "data/career-path.json: ladder[2].salary: unknown field; did you mean 'salaryLevel'?")]
    [InlineData("data/roles.json", "\"focus\": \"Focus on building and deploying systems\"", "\"focus\": \"Focus on building and deploying systems\", \"pay\": 1", "data/roles.json: roles[0].pay: unknown field")]
    public void Load_MalformedDataFile_NamesTheFileAndField(string file, string from, string to, string expected)
    {
        using var copy = new KnowledgeCopy();
        copy.Edit(file, from, to);

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ml, machine learning", "ml, , machine learning", "synonyms.txt: line ", "empty term")]
    [InlineData("prod => production", "prod => production => prd", "synonyms.txt: line ", "more than one '=>'")]
    [InlineData("prod => production", "prod =>", "synonyms.txt: line ", "empty term")]
    [InlineData("prod => production", "lonely", "synonyms.txt: line ", "at least two terms")]
    public void Load_MalformedSynonymRule_NamesTheLine(string from, string to, string prefix, string problem)
    {
        using var copy = new KnowledgeCopy();
        copy.Edit("synonyms.txt", from, to);

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.StartsWith(prefix, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data/roles.json", "data/roles.json: file: missing")]
    [InlineData("synonyms.txt", "synonyms.txt: file: missing")]
    [InlineData("onboarding.md", "onboarding.md: file: missing")]
    public void Load_MissingRequiredFile_NamesIt(string file, string expected)
    {
        using var copy = new KnowledgeCopy();
        File.Delete(copy.PathOf(file));

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Load_OnboardingWithoutExamples_NamesTheSection()
    {
        using var copy = new KnowledgeCopy();
        var text = File.ReadAllText(copy.PathOf("onboarding.md"));
        copy.Write("onboarding.md", text[..text.IndexOf("## Try asking", StringComparison.Ordinal)]);

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.Equal("onboarding.md: '## Try asking': needs at least one example question", error.Message);
    }

    private static IEnumerable<string> GuideLines()
    {
        // The seed guide's bullet lines and headings, as the shipped Markdown keeps them (a copy of the
        // facts lives in the data files too; this checks the Markdown alone).
        string[] facts =
        [
            "Data pipeline development and management", "Model training and optimization", "Production deployment of ML systems",
            "Performance monitoring and improvement", "Infrastructure development and maintenance", "Programming languages (Python, Java, C++)",
            "Linux/Unix systems", "GPU programming and CUDA", "Distributed computing", "Machine learning frameworks", "Big data technologies",
            "Linear algebra", "Probability and statistics", "Multivariate calculus", "Optimization algorithms", "Matrix operations",
            "Neural network architectures", "Natural Language Processing", "Reinforcement learning", "Computer vision", "Deep learning principles",
            "Entry-level ML Engineer: $90,000-$120,000", "Mid-level ML Engineer: $120,000-$160,000", "Senior ML Engineer: $160,000-$200,000+",
            "Lead/Principal Engineer: $200,000-$300,000+", "Increasing demand across industries", "Expanding application areas",
            "Growing need for AI expertise", "Competitive compensation packages", "Strong career advancement opportunities",
            "ML Engineers: Focus on building and deploying systems", "Data Scientists: Concentrate on analysis and insights",
            "Different technical emphasis", "Varying business interactions", "Distinct project involvement", "Programming proficiency",
            "Statistical knowledge", "Data manipulation skills", "Machine learning concepts", "Problem-solving abilities",
            "Bachelor’s or Master’s degree in relevant field", "Strong programming background", "Mathematics and statistics knowledge",
            "Project portfolio", "Industry certifications", "Junior ML Engineer", "Senior ML Engineer", "Lead ML Engineer", "ML Architect",
            "AI/ML Director", "High base salaries", "Attractive benefits", "Performance bonuses", "Stock options", "Expanding job market",
            "Industry-wide opportunities", "Long-term job security", "Global opportunities", "Evolving technology", "New techniques",
            "Research opportunities", "Skill development", "Cutting-edge technology", "Breakthrough developments", "Industry advancement",
            "Problem-solving challenges", "Multiple industries", "Various applications", "Remote work options", "Entrepreneurial opportunities",
            "Formal education in relevant fields", "Online courses and certifications", "Practical project experience", "Continuous learning",
            "Personal projects", "Open source contributions", "Internships", "AutoML adoption", "Edge computing integration",
            "Ethical AI considerations", "Specialized applications", "Cross-industry expansion", "Emerging specializations",
            "New tool development", "Ethical considerations", "Regulatory compliance", "Industry standards",
            "A machine learning engineer is a specialized programmer who designs and implements AI and machine learning systems.",
            "Success in this field requires ongoing education, practical experience, and adaptability to keep pace with rapidly evolving technology.",
            "Machine learning engineers (ML engineers) are at the forefront of artificial intelligence innovation",
            "Competitive Compensation", "Growing Demand", "Innovation Involvement", "Career Flexibility",
        ];
        return facts;
    }
}
