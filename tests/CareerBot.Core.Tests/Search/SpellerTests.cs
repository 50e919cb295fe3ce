using CareerBot.Core.Search;

namespace CareerBot.Core.Tests.Search;

public sealed class SpellerTests
{
    private readonly Speller _speller = new(["senior", "machine", "learning", "salary", "company", "compare", "pipeline"]);

    [Theory]
    [InlineData("senoir", "senior")]
    [InlineData("machne", "machine")]
    [InlineData("lerning", "learning")]
    [InlineData("salry", "salary")]
    [InlineData("pipelnie", "pipeline")]
    public void Correct_CloseTypo_ReturnsTheKnownWord(string typo, string expected)
    {
        Assert.Equal(expected, _speller.Correct(typo));
    }

    [Theory]
    [InlineData("machin", true)] // "machine" shortened
    [InlineData("pipels", true)] // a plural "s" is not part of the start
    [InlineData("sala", true)]
    [InlineData("sal", false)] // too short to say
    [InlineData("salary", false)] // the word itself, not shortened
    [InlineData("compx", false)]
    public void Shortens_TheStartOfALongerKnownWord(string word, bool shortens)
    {
        Assert.Equal(shortens, _speller.Shortens(word));
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("senior")]
    [InlineData("cat")]
    [InlineData("xenior")]
    [InlineData("compaby")]
    public void Correct_KnownShortOrFarWord_LeavesItAlone(string word)
    {
        // "compaby" is one edit from "company" but two from "compare": it becomes neither when "company" is
        // unknown... here both are known, so it must pick the nearer one rather than "compare".
        var corrected = _speller.Correct(word);
        Assert.True(corrected is null || corrected == "company", $"{word} -> {corrected}");
    }

    [Fact]
    public void CorrectText_KeepsPunctuationAndUnknownWords()
    {
        Assert.Equal("how much do senior ml engineers make?", new Speller(["senior", "engineers", "much", "make", "how"]).CorrectText("how much do senoir ml engineers make?"));
    }

    [Fact]
    public void CorrectText_ManyUnknownWords_LooksUpOnlyTheFirstFew()
    {
        // Unknown words that each cost a scan of the vocabulary (first letter shared with known words), none close.
        var noise = string.Join(' ', Enumerable.Range(0, Speller.MaxLookups).Select(i => "sqxz" + new string((char)('a' + i), 4)));

        // A typo before the noise is corrected; one after it is past the look-up budget and kept as written.
        Assert.Equal("salary " + noise + " salry", _speller.CorrectText("salry " + noise + " salry"));
        Assert.Equal("senior salary", _speller.CorrectText("senoir salry"));
    }
}
