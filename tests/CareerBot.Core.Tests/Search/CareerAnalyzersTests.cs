using CareerBot.Core.Knowledge;
using CareerBot.Core.Search;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Search;

public sealed class CareerAnalyzersTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Query = CareerAnalyzers.CreateQueryAnalyzer(
        QueryStopWords.Create(),
        CareerAnalyzers.ParseSynonyms(KnowledgeLoader.Load(ShippedKnowledge.Folder).Synonyms));

    private static readonly Lucene.Net.Analysis.Analyzer Index = CareerAnalyzers.CreateIndexAnalyzer(QueryStopWords.Create());

    [Theory]
    [InlineData("comp", "salari")]
    [InlineData("pay", "salari")]
    [InlineData("earn", "compens")]
    [InlineData("maths", "mathemat")]
    [InlineData("math", "mathemat")]
    [InlineData("stats", "statist")]
    [InlineData("MLE", "engin")]
    [InlineData("DS", "scientist")]
    [InlineData("ml", "machin")]
    [InlineData("wage", "salari")]
    public void QueryAnalyzer_Synonyms_ExpandToTheGuideWords(string word, string expectedStem)
    {
        Assert.Contains(expectedStem, GuideIndex.Analyze(Query, word));
    }

    [Fact]
    public void QueryAnalyzer_MultiWordPhrase_MapsToItsShortForm()
    {
        Assert.Contains("ml", GuideIndex.Analyze(Query, "machine learning"));
    }

    [Fact]
    public void IndexAnalyzer_StemsAndDropsStopWords()
    {
        var terms = GuideIndex.Analyze(Index, "What are the Engineers' responsibilities?");

        Assert.Equal(["engin", "respons"], terms);
    }

    [Fact]
    public void IndexAnalyzer_DoesNotApplySynonyms()
    {
        // The guide is indexed as written: "make intelligent decisions" must not become a pay passage.
        Assert.DoesNotContain("salari", GuideIndex.Analyze(Index, "make intelligent decisions"));
    }
}
