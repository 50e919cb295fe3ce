using CareerBot.Core.Routing;

namespace CareerBot.Core.Tests.Routing;

public sealed class PhraseTests
{
    [Theory]
    [InlineData("how do I get experience before I graduate", "graduate", -1)]
    [InlineData("I lead a team, what comes after lead?", "lead", 31)] // the second "lead" is the noun
    [InlineData("senior salary", "senior", 0)]
    [InlineData("salary for a graduate", "graduate", 13)]
    public void IndexOfNoun_AWordUsedAsAVerbAfterItsSubject_IsSkipped(string text, string name, int expected)
    {
        Assert.Equal(expected, Phrase.Of(text).IndexOfNoun(name));
    }

    [Fact]
    public void IndexOfNoun_AgreesWithIndexOf_WhenNoSubjectPrecedes()
    {
        var phrase = Phrase.Of("what does a lead ML engineer do after senior?");

        Assert.Equal(phrase.IndexOf("lead"), phrase.IndexOfNoun("lead"));
        Assert.Equal(phrase.IndexOf("senior"), phrase.IndexOfNoun("senior"));
    }
}
