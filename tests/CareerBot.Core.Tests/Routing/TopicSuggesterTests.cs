using CareerBot.Core.Routing;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Routing;

public sealed class TopicSuggesterTests
{
    [Theory]
    [InlineData("sal", "Salary Expectations")]
    [InlineData("intern", "Building Experience")]
    [InlineData("maths", "Mathematical Foundation")]
    public void Suggest_Typed_OffersMatchingTopicsFirst(string typed, string heading)
    {
        var suggestions = ShippedKnowledge.Get<ITopicSuggester>().Suggest(typed, 25);

        Assert.Equal(heading, suggestions[0].Question);
    }

    [Fact]
    public void Suggest_Empty_RespectsTheLimit()
    {
        var suggestions = ShippedKnowledge.Get<ITopicSuggester>().Suggest(string.Empty, 5);

        Assert.Equal(5, suggestions.Count);
        Assert.All(suggestions, s => Assert.False(string.IsNullOrWhiteSpace(s.Label)));
    }

    [Fact]
    public void Catalog_ComesFromTheDataFiles()
    {
        var catalog = ShippedKnowledge.Get<ICareerCatalog>();

        Assert.Equal(["entry", "mid", "senior", "lead"], catalog.SalaryLevels.Select(c => c.Value));
        Assert.Equal(["junior", "senior", "lead", "architect", "director"], catalog.LadderSteps.Select(c => c.Value));
        Assert.Equal(["technical", "mathematical", "domain"], catalog.SkillAreas.Select(c => c.Value));
    }
}
