using CareerBot.Core.Knowledge;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Knowledge;

public sealed class SectionQuestionsParserTests
{
    private static readonly GuideDocument[] Documents =
    [
        new("role", "The Role", [], "test", "guide/role.md", [new GuideSection("role", "The Role", "Core Responsibilities", "What the job involves.", ["Deploying models"])]),
        new("why", "Why", [], "test", "guide/why.md", [new GuideSection("why", "Why", "Career Benefits: Career Flexibility", "Options.", ["Remote work options"])]),
    ];

    [Fact]
    public void Parse_QuestionsBelongToTheHeadingAboveThem_HeadingsMatchedIgnoringCase()
    {
        var found = SectionQuestionsParser.Parse("questions/mine.txt", "# ours\n[core responsibilities]\nwhat do they do all week\n\n[Career Benefits: Career Flexibility]\ncould I do this from home\n", Documents);

        Assert.Equal(
            [("Core Responsibilities", "what do they do all week"), ("Career Benefits: Career Flexibility", "could I do this from home")],
            found.Select(f => (f.Section.Heading, f.Question)));
    }

    [Fact]
    public void Parse_UnknownHeading_NamesTheFileLineAndHeading()
    {
        var error = Assert.Throws<KnowledgeException>(() => SectionQuestionsParser.Parse("questions/mine.txt", "[Core Responsibilities]\nok\n[Weather]\nis it sunny\n", Documents));

        Assert.Equal("questions/mine.txt: line 3: no guide section is headed 'Weather'", error.Message);
    }

    [Fact]
    public void Parse_QuestionBeforeAnyHeading_IsAnError()
    {
        var error = Assert.Throws<KnowledgeException>(() => SectionQuestionsParser.Parse("questions/mine.txt", "what do they do\n[Core Responsibilities]\n", Documents));

        Assert.StartsWith("questions/mine.txt: line 1: a question before any [section heading]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HeadingWithoutClosingBracket_IsAnError()
    {
        var error = Assert.Throws<KnowledgeException>(() => SectionQuestionsParser.Parse("questions/mine.txt", "[Core Responsibilities\nwhat do they do\n", Documents));

        Assert.StartsWith("questions/mine.txt: line 1: a section heading must be written [Heading]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyFile_IsAnError()
    {
        var error = Assert.Throws<KnowledgeException>(() => SectionQuestionsParser.Parse("questions/mine.txt", "# nothing yet\n", Documents));

        Assert.Contains("holds no example questions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseNotCovered_OneQuestionALine_CommentsAndBlankLinesSkipped()
    {
        var found = SectionQuestionsParser.ParseNotCovered("questions/not-covered.txt", "# interviews\nhow many interview rounds are there\n\n# visas\ncan I get a work visa\n");

        Assert.Equal(["how many interview rounds are there", "can I get a work visa"], found);
    }

    [Fact]
    public void ParseNotCovered_SectionHeading_NamesTheFileAndLine()
    {
        var error = Assert.Throws<KnowledgeException>(() => SectionQuestionsParser.ParseNotCovered("questions/not-covered.txt", "how many interview rounds\n[Core Responsibilities]\n"));

        Assert.StartsWith("questions/not-covered.txt: line 2: no [section headings] here", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseNotCovered_NoQuestions_IsAnError()
    {
        var error = Assert.Throws<KnowledgeException>(() => SectionQuestionsParser.ParseNotCovered("questions/not-covered.txt", "# none yet\n"));

        Assert.Equal("questions/not-covered.txt: file: holds no questions", error.Message);
    }

    [Fact]
    public void Load_NotCoveredFiles_AreKeptApartFromTheSectionsQuestions()
    {
        using var copy = new KnowledgeCopy();
        copy.Write("questions/not-covered-hr.txt", "how much parental leave do ML engineers get\n");

        var knowledge = KnowledgeLoader.Load(copy.Root);

        Assert.Contains("how much parental leave do ML engineers get", knowledge.NotCovered ?? []);
        Assert.Contains(knowledge.NotCovered ?? [], q => q.Contains("interview", StringComparison.OrdinalIgnoreCase)); // the shipped not-covered.txt too
        Assert.DoesNotContain(knowledge.Sections, s => (s.Questions ?? []).Contains("how much parental leave do ML engineers get"));
    }

    [Fact]
    public void Load_ShippedKnowledge_GivesEverySectionQuestions()
    {
        var knowledge = KnowledgeLoader.Load(ShippedKnowledge.Folder);

        Assert.All(knowledge.Sections, s => Assert.NotEmpty(s.Questions ?? []));
    }

    [Fact]
    public void Load_TeamFileWithABadHeading_StopsWithTheFileAndLine()
    {
        using var copy = new KnowledgeCopy();
        copy.Write("questions/team.txt", "[Our Onboarding]\nwho do I ask for a laptop\n");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.Equal("questions/team.txt: line 1: no guide section is headed 'Our Onboarding'", error.Message);
    }
}
