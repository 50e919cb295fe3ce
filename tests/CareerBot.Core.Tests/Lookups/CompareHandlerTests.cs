using CareerBot.Core.Replies;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Lookups;

public sealed class CompareHandlerTests
{
    [Fact]
    public async Task Compare_ShowsFocusDifferencesAndOverlaps()
    {
        var reply = await ShippedKnowledge.AskAsync("compare");
        var text = PlainTextRenderer.Render(reply);

        Assert.Equal(Intent.Compare, reply.Intent);
        Assert.Equal("ML Engineer vs Data Scientist", reply.Title);
        Assert.Contains("ML Engineers: Focus on building and deploying systems", text, StringComparison.Ordinal);
        Assert.Contains("Data Scientists: Concentrate on analysis and insights", text, StringComparison.Ordinal);
        Assert.Contains("Varying business interactions", text, StringComparison.Ordinal);
        Assert.Contains("Problem-solving abilities", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_AskedAboutOverlap_PutsOverlapFirst()
    {
        var reply = await ShippedKnowledge.AskAsync("what do data scientists and ML engineers have in common?");

        Assert.StartsWith("ML engineers bridge the gap between data science and software engineering", reply.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Overlapping skills", reply.Paragraphs[1].Text, StringComparison.Ordinal);
    }
}
