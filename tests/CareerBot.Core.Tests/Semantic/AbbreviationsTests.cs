using CareerBot.Core.Semantic;

namespace CareerBot.Core.Tests.Semantic;

public sealed class AbbreviationsTests
{
    private const string Rules = """
        # comment
        ml, machine learning
        mle, mles, ml eng => ml engineer
        snr, sr, senior
        nlp, natural language processing
        why => reasons
        pay, salary, compensation
        """;

    [Fact]
    public void Spells_out_abbreviations_the_guide_does_not_use()
    {
        var abbreviations = Abbreviations.Parse(Rules, ["The ML Engineer builds natural language processing systems."]);

        Assert.Equal("$$$ for senior ml engineer??", abbreviations.Expand("$$$ for sr mle??"));
        Assert.Equal("what does an ml engineer do", abbreviations.Expand("what does an MLE do"));
    }

    [Fact]
    public void Keeps_abbreviations_the_guide_uses_and_rules_that_are_not_abbreviations()
    {
        var abbreviations = Abbreviations.Parse(Rules, ["The ML Engineer builds NLP systems."]);

        Assert.Equal("why is ml pay good in nlp", abbreviations.Expand("why is ml pay good in nlp"));
    }

    [Fact]
    public void Spells_out_an_abbreviation_inside_a_target_when_the_guide_does_not_use_it()
    {
        var abbreviations = Abbreviations.Parse(Rules, ["A career in software."]);

        Assert.Equal("machine learning engineer salary", abbreviations.Expand("mle salary"));
    }

    [Fact]
    public void Matches_whole_words_only()
    {
        var abbreviations = Abbreviations.Parse(Rules, [string.Empty]);

        Assert.Equal("srsly, mlem", abbreviations.Expand("srsly, mlem"));
    }
}
