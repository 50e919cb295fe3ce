using CareerBot.Reports;

namespace CareerBot.Tests.Reports;

public sealed class ReportSinceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("7d", "2026-03-03T12:30:00+00:00")]
    [InlineData("24h", "2026-03-09T12:30:00+00:00")]
    [InlineData("2026-01-31", "2026-01-31T00:00:00+00:00")]
    public void Parse_SpansAndDates(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReportSince.Parse(text, Now, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("0d")]
    [InlineData("-3d")]
    [InlineData("7w")]
    [InlineData("2026-02-30")]
    [InlineData("31/01/2026")]
    public void Parse_AnythingElse_SaysWhatIsAccepted(string text)
    {
        Assert.Null(ReportSince.Parse(text, Now, out var error));
        Assert.Contains("7d, 24h", error, StringComparison.Ordinal);
    }
}
