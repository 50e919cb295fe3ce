using CareerBot.Slack.Rendering;

namespace CareerBot.Slack.Tests.Rendering;

public sealed class MrkdwnFormatterTests
{
    [Theory]
    [InlineData("**bold** and __also bold__", "*bold* and *also bold*")]
    [InlineData("an *emphasised* word", "an _emphasised_ word")]
    [InlineData("5 * 3 * 2", "5 * 3 * 2")]
    [InlineData("## Heading", "*Heading*")]
    [InlineData("- one\n* two\n+ three", "• one\n• two\n• three")]
    [InlineData("see [the guide](https://example.com/g?a=1&b=2)", "see <https://example.com/g?a=1&amp;b=2|the guide>")]
    [InlineData("[not a link](javascript:alert(1))", "[not a link](javascript:alert(1))")]
    [InlineData("`code <b>`", "`code &lt;b&gt;`")]
    public void Format_TurnsMarkdownIntoMrkdwn(string markdown, string expected) =>
        Assert.Equal(expected, MrkdwnFormatter.Format(markdown));

    [Fact]
    public void Format_LinkLabelCannotSmuggleMarkup() =>
        Assert.Equal("<https://x.example|&lt;!channel&gt;>", MrkdwnFormatter.Format("[<!channel>](https://x.example)"));
}
