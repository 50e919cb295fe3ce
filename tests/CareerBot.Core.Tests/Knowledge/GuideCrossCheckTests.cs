using CareerBot.Core.Knowledge;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Knowledge;

public sealed class GuideCrossCheckTests
{
    [Fact]
    public void Load_ShippedKnowledge_DataAndGuideAgree()
    {
        var knowledge = KnowledgeLoader.Load(ShippedKnowledge.Folder);

        Assert.Equal(4, knowledge.Salaries.Count);
    }

    [Theory]
    [InlineData("data/salaries.json", "\"min\": 160000", "\"min\": 150000", "data/salaries.json: levels[2] (Senior ML Engineer): min 150000, max 200000, open-ended disagrees with guide/04-compensation.md › Salary Expectations, which says \"Senior ML Engineer: $160,000-$200,000+\"")]
    [InlineData("guide/04-compensation.md", "Senior ML Engineer: $160,000-$200,000+", "Senior ML Engineer: $165,000-$200,000+", "data/salaries.json: levels[2] (Senior ML Engineer): min 160000, max 200000, open-ended disagrees with guide/04-compensation.md › Salary Expectations, which says \"Senior ML Engineer: $165,000-$200,000+\"")]
    [InlineData("data/salaries.json", "\"max\": 300000, \"openEnded\": true", "\"max\": 300000, \"openEnded\": false", "data/salaries.json: levels[3] (Lead/Principal Engineer): min 200000, max 300000 disagrees with guide/04-compensation.md › Salary Expectations")]
    [InlineData("data/career-path.json", "\"title\": \"ML Architect\"", "\"title\": \"Staff ML Engineer\"", "data/career-path.json: ladder: \"Staff ML Engineer\" is not in guide/06-career-path.md › Career Progression")]
    [InlineData("guide/06-career-path.md", "- Project portfolio\n", "- Project portfolio\n- A driving licence\n", "data/career-path.json: entryRequirements: guide/06-career-path.md › Entry Requirements lists \"A driving licence\", which the data does not have")]
    [InlineData("data/skills.json", "{ \"name\": \"Matrix operations\"", "{ \"name\": \"Tensor operations\"", "data/skills.json: areas[1].items: \"Tensor operations\" is not in guide/03-skills.md › Mathematical Foundation")]
    [InlineData("data/roles.json", "\"Problem-solving abilities\"", "\"Problem-solving\"", "data/roles.json: overlaps: \"Problem-solving\" is not in guide/05-ml-engineer-vs-data-scientist.md › Overlapping Skills")]
    [InlineData("data/roles.json", "\"focus\": \"Concentrate on analysis and insights\"", "\"focus\": \"Analysis\"", "data/roles.json: roles[].focus + differences: \"Data Scientists: Analysis\" is not in guide/05-ml-engineer-vs-data-scientist.md › Key Differences")]
    public void Load_DataDisagreesWithTheGuide_StopsNamingBothPlaces(string file, string from, string to, string expected)
    {
        using var copy = new KnowledgeCopy();
        copy.Edit(file, from, to);

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TeamRowTheGuideDoesNotState_IsNotADisagreement()
    {
        using var copy = new KnowledgeCopy();
        copy.Edit("data/salaries.json", "\"levels\": [", """
            "levels": [
                { "level": "intern", "title": "ML Intern", "min": 40000, "max": 50000, "currency": "USD", "year": 2025, "source": "acme-handbook" },
            """);

        Assert.Equal("intern", KnowledgeLoader.Load(copy.Root).Salaries[0].Level);
    }
}
