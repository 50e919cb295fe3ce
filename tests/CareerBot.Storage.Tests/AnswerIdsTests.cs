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

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaa=")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaa")]
    public void IsValid_RefusesWhatNewNeverMakes(string? id) => Assert.False(AnswerIds.IsValid(id));
}
