namespace CareerBot.Storage.Tests;

public sealed class AnswerIdsTests
{
    [Fact]
    public void New_IsValid_AndUnique()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => AnswerIds.New()).ToList();

        Assert.All(ids, id => Assert.True(AnswerIds.IsValid(id), id));
        Assert.Equal(1000, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void New_AtATime_IsValidUnique_AndSharesItsPrefixWithIdsMadeTogether()
    {
        var at = new DateTimeOffset(2026, 12, 6, 13, 0, 0, TimeSpan.Zero);
        var together = Enumerable.Range(0, 1000).Select(_ => AnswerIds.New(at)).ToList();
        var later = AnswerIds.New(at.AddDays(1));

        Assert.All(together, id => Assert.True(AnswerIds.IsValid(id), id));
        Assert.Equal(1000, together.Distinct(StringComparer.Ordinal).Count());
        // The time takes the first 8 characters (6 bytes); the other 14 are random.
        Assert.Single(together.Select(id => id[..8]).Distinct(StringComparer.Ordinal));
        Assert.NotEqual(together[0][..8], later[..8]);
        Assert.True(together.Select(id => id[8..]).Distinct(StringComparer.Ordinal).Count() == 1000);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaa=")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaa")]
    public void IsValid_RefusesWhatNewNeverMakes(string? id) => Assert.False(AnswerIds.IsValid(id));
}
