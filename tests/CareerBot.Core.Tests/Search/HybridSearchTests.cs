using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Search;

/// <summary>Fusion and confidence with hand-made similarities: deterministic, no model needed.</summary>
public sealed class HybridSearchTests
{
    private static double[] Similarities(string heading, double best, double others)
    {
        var sections = ShippedKnowledge.Snapshot.Index.Sections;
        return sections.Select(s => s.Heading == heading ? best : others).ToArray();
    }

    [Fact]
    public void Search_MeaningFavoursAnotherSectionTheWordsAlsoFind_FusionPutsItFirst()
    {
        const string question = "career opportunities and growth";
        var index = ShippedKnowledge.Snapshot.Index;
        var lexical = index.Search(question, 12);
        var second = lexical.Hits[1].Section.Heading;
        Assert.NotEqual(second, lexical.Hits[0].Section.Heading);

        var hybrid = index.Search(question, 3, Similarities(second, 0.9, 0.1));

        Assert.Equal(second, hybrid.Hits[0].Section.Heading);
        Assert.Equal(0.9, hybrid.Similarity);
        Assert.Equal(lexical.Hits[0].Section.Heading, index.Search(question, 3, Similarities(second, 0.1, 0.1)).Hits[0].Section.Heading);
    }

    [Theory]
    [InlineData("what kind of person does well in ML engineering?", "Conclusion")]
    [InlineData("what's changing in ML engineering over the next few years?", "Industry Trends")] // "changing": no section's word
    public void Search_OnlyTheFieldsOwnNameHeld_TheWordsDoNotRank_MeaningDoes(string question, string nearest)
    {
        // "ML engineering" is in one heading more than in others: that says nothing of which section answers.
        var index = ShippedKnowledge.Snapshot.Index;
        Assert.Equal("What is a Machine Learning Engineer?", index.Search(question, 3).Hits[0].Section.Heading);

        var hybrid = index.Search(question, 3, Similarities(nearest, 0.6, 0.55));

        Assert.Equal(nearest, hybrid.Hits[0].Section.Heading);
        Assert.Equal(0.6, hybrid.Similarity);
    }

    [Fact]
    public void Search_NoWordInCommonButCloseInMeaning_IsConfident()
    {
        const string question = "can I do this gig from my couch";
        var index = ShippedKnowledge.Snapshot.Index;
        Assert.False(index.Search(question).Confident);

        var hybrid = index.Search(question, 3, Similarities("Career Benefits: Career Flexibility", 0.7, 0.1));

        Assert.True(hybrid.Confident);
        Assert.Equal("Career Benefits: Career Flexibility", hybrid.Hits[0].Section.Heading);
    }

    [Fact]
    public void Search_FarInMeaningAndNoWordsInCommon_IsNotConfident()
    {
        var hybrid = ShippedKnowledge.Snapshot.Index.Search("give me a recipe for banana bread", 3, Similarities("Overview", 0.2, 0.05));

        Assert.False(hybrid.Confident);
    }

    [Fact]
    public void Search_WordsAgreeButMeaningIsFarOff_IsNotConfident()
    {
        var index = ShippedKnowledge.Snapshot.Index;
        Assert.True(index.Search("remote work").Confident);

        Assert.False(index.Search("remote work", 3, Similarities("Overview", 0.1, 0.0)).Confident);
    }

    [Fact]
    public void Search_AnotherJobNamed_StaysUnansweredWhateverTheMeaning()
    {
        var hybrid = ShippedKnowledge.Snapshot.Index.Search("how much does a dentist earn", 3, Similarities("Salary Expectations", 0.8, 0.1));

        Assert.False(hybrid.Confident);
    }
}
