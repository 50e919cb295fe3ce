using System.Text.RegularExpressions;
using System.Xml.Linq;
using CareerBot.Reports;
using CareerBot.Storage;
using CareerBot.Tests.TestSupport;

namespace CareerBot.Tests.Reports;

[Collection(SerialProcesses.Name)]
public sealed partial class ReportHtmlTests
{
    private static ReportData Sample() => new(
        new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), 7, 4,
        [new DayCount(new DateOnly(2026, 1, 5), 3, 2), new DayCount(new DateOnly(2026, 1, 6), 4, 2)],
        new Dictionary<string, int> { ["discord"] = 3, ["slack"] = 4 },
        [new TextCount("</script><script>alert(1)</script>", 2), new TextCount("banana & <b>bread</b>", 1)],
        [new AnswerVotes("Getting started", "Guide › Start", 1, 2)],
        new VoteTotals(1, 2),
        [new IntentTiming("ask", 5, 40, 300, 310)]);

    [ChromiumFact]
    public async Task InHeadlessChromium_BothChartsAreDrawn_FromTheEmbeddedData()
    {
        using var folder = new TempFolder();
        var file = folder.PathOf("report.html");
        await File.WriteAllTextAsync(file, ReportHtml.Render(Sample()));

        var dom = await HeadlessChromium.DumpDomAsync(file);

        Assert.Matches("<body[^>]* data-charts-drawn=\"2\"", dom);
        var days = ChartAttributes(dom, "chart-days");
        Assert.Equal("4", days["data-bars"]); // answered and not answered, for each of the two days
        Assert.True(int.Parse(days["data-area"], System.Globalization.CultureInfo.InvariantCulture) > 1000, dom);
        var split = ChartAttributes(dom, "chart-answered");
        Assert.Equal("2", split["data-bars"]);
        Assert.True(int.Parse(split["data-area"], System.Globalization.CultureInfo.InvariantCulture) > 1000);
        // What users typed stayed text: no script of theirs ran or was added.
        Assert.DoesNotContain("<script>alert(1)", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", dom, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePage_IsSelfContained_AndWellFormed()
    {
        var html = ReportHtml.Render(Sample());

        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Equal(2, ScriptOpen().Matches(html).Count);
        // The user's text cannot end the data element early: the JSON escapes < and >.
        Assert.DoesNotContain("</script><script>alert", html, StringComparison.Ordinal);
        Assert.Contains("banana &amp; &lt;b&gt;bread&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ChartAttributes(string dom, string id)
    {
        var tag = Regex.Match(dom, $"<svg id=\"{id}\"[^>]*>").Value;
        Assert.False(string.IsNullOrEmpty(tag), $"no svg #{id} in the page");
        return XElement.Parse(tag.Replace(">", "/>", StringComparison.Ordinal)).Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value);
    }

    [GeneratedRegex("<script[ >]")]
    private static partial Regex ScriptOpen();
}
