using CareerBot.Core.Knowledge;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Knowledge;

public sealed class IntentExamplesParserTests
{
    [Fact]
    public void Parse_CommentsAndBlankLinesSkipped_EachLineAnExample()
    {
        var examples = IntentExamplesParser.Parse("intents/salary.txt", "# pay\n\nhow much does it pay\nis the money good\n");

        Assert.Equal([new IntentExample("salary", "how much does it pay"), new IntentExample("salary", "is the money good")], examples);
    }

    [Fact]
    public void Parse_FileNamedAfterNoIntent_NamesTheFileAndTheIntents()
    {
        var error = Assert.Throws<KnowledgeException>(() => IntentExamplesParser.Parse("intents/weather.txt", "is it sunny"));

        Assert.Equal("intents/weather.txt: file name: 'weather' is not an intent; use one of ask, salary, skills, path, compare, help", error.Message);
    }

    [Fact]
    public void Parse_EmptyFile_IsAnError()
    {
        var error = Assert.Throws<KnowledgeException>(() => IntentExamplesParser.Parse("intents/path.txt", "# nothing yet\n"));

        Assert.Contains("holds no example questions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameQuestionUnderTwoIntents_NamesBothFiles()
    {
        using var copy = new KnowledgeCopy();
        copy.Write("intents/compare.txt", "how do the two roles differ\nhow much money does this job pay\n");

        var error = Assert.Throws<KnowledgeException>(() => IntentExamplesParser.Load(copy.Root));

        Assert.Equal("intents/salary.txt: line 3: the same question is already an example in intents/compare.txt", error.Message);
    }

    [Fact]
    public void Load_ShippedKnowledge_HasExamplesForEveryLookup()
    {
        var intents = IntentExamplesParser.Load(ShippedKnowledge.Folder).Select(e => e.Intent).ToHashSet();

        Assert.Equal(IntentExamplesParser.Intents.ToHashSet(), intents);
    }
}
