using CareerBot.Core.Knowledge;
using CareerBot.Core.Lookups;
using CareerBot.Core.Replies;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Lookups;

public sealed class SalaryAmountTests
{
    private static readonly SalaryBand[] Bands =
    [
        Band("entry", "Entry", 90_000, 120_000, openEnded: false),
        Band("mid", "Mid", 120_000, 160_000, openEnded: false),
        Band("senior", "Senior", 160_000, 200_000, openEnded: true),
        Band("lead", "Lead", 200_000, 300_000, openEnded: true),
    ];

    [Theory]
    [InlineData("got an offer at 100k, fair?", 100_000)]
    [InlineData("they offered $95,000 for a junior MLE role", 95_000)]
    [InlineData("is $150000 ok for mid level", 150_000)]
    [InlineData("120 grand as a new grad", 120_000)]
    [InlineData("can a senior make 250 thousand", 250_000)]
    [InlineData("is 130.5k normal", 130_500)]
    [InlineData("$200k or so, same figure as 200k", 200_000)] // the same figure twice is one figure
    public void Find_AYearlyFigureInDollarsOrNoCurrency_IsFound(string question, int expected)
    {
        Assert.Equal(expected, SalaryAmount.Find(question, Bands));
    }

    [Theory]
    [InlineData("how much do senior ML engineers make?")] // no figure
    [InlineData("is $60 an hour good for an ML engineer?")] // hourly: placing it would mean converting it
    [InlineData("they pay 9k per month, is that ok")]
    [InlineData("offer of 80k euros in Berlin")] // another currency
    [InlineData("£90,000 in London, senior role")]
    [InlineData("does the job come with a 401k match?")] // a retirement plan
    [InlineData("somewhere between 100k and 150k?")] // a range of the asker's own, not one figure
    [InlineData("ML engineers in 2025")] // a year
    public void Find_NoComparableYearlyFigure_IsNull(string question)
    {
        Assert.Null(SalaryAmount.Find(question, Bands));
    }

    [Fact]
    public void Find_BandsInAnotherCurrency_PlacesNothing()
    {
        Assert.Null(SalaryAmount.Find("is 100k good?", [Band("entry", "Entry", 90_000, 120_000, openEnded: false) with { Currency = "EUR" }]));
    }

    [Theory]
    [InlineData(100_000, "$100,000 is within the range for Entry ($90,000-$120,000).")]
    [InlineData(120_000, "$120,000 is within the range for Entry ($90,000-$120,000) and Mid ($120,000-$160,000).")] // on the edge of two
    [InlineData(60_000, "$60,000 is below the lowest range the knowledge lists, Entry ($90,000-$120,000).")]
    [InlineData(350_000, "$350,000 is above the highest range the knowledge lists, Lead ($200,000-$300,000+). That range is open-ended (\"+\"): the knowledge gives no upper limit.")]
    public void Place_WithoutALevel_NamesTheBandItFallsIn(int amount, string expected)
    {
        Assert.Equal(expected, SalaryAmount.Place(amount, [], Bands));
    }

    [Fact]
    public void Place_AgainstTheLevelAsked_SaysWhereItStandsThenWhereItFalls()
    {
        Assert.Equal(
            "$300,000 is above the Senior range ($160,000-$200,000+). It is within the range for Lead ($200,000-$300,000+).",
            SalaryAmount.Place(300_000, [Bands[2]], Bands));
        Assert.Equal("$150,000 is within the Mid range ($120,000-$160,000).", SalaryAmount.Place(150_000, [Bands[1]], Bands));
    }

    [Fact]
    public void Place_ABandsGap_NamesTheBandsOnEitherSide()
    {
        SalaryBand[] gapped = [Bands[0], Bands[2]];

        Assert.Equal(
            "$140,000 lies between the ranges for Entry ($90,000-$120,000) and Senior ($160,000-$200,000+).",
            SalaryAmount.Place(140_000, [], gapped));
    }

    [Theory]
    [InlineData("got my first mle offer at 100k. fair or lowball?", "$100,000 is within the range for Entry-level ML Engineer ($90,000-$120,000).")]
    [InlineData("how senior do you need to be to hit 300k", "It is within the range for Lead/Principal Engineer ($200,000-$300,000+).")]
    [InlineData("i make 60k as a junior ML engineer, am i underpaid?", "$60,000 is below the Entry-level ML Engineer range ($90,000-$120,000).")]
    public async Task Salary_AFigureTheAskerNames_IsPlacedAgainstTheBandsAndEveryLevelFollows(string question, string placed)
    {
        var reply = await ShippedKnowledge.AskAsync(question);
        var text = PlainTextRenderer.Render(reply);

        Assert.Equal(Intent.Salary, reply.Intent);
        Assert.True(reply.Answered);
        Assert.Contains(placed, text, StringComparison.Ordinal);
        Assert.NotNull(reply.Table);
        Assert.Equal(4, reply.Table!.Rows.Count);
        Assert.Contains("not offers or guarantees", text, StringComparison.Ordinal);
    }

    private static SalaryBand Band(string level, string title, decimal min, decimal max, bool openEnded) =>
        new(level, title, [], min, max, openEnded, "USD", 2025, "median", "guide");
}
