using CareerBot.Core.Routing;

namespace CareerBot.Core.Tests.Routing;

public sealed class MentionMarkupTests
{
    [Theory]
    [InlineData("<@U123ABC> how much does a senior earn?", "how much does a senior earn?")]
    [InlineData("<@!80351110224678912> salary senior", "salary senior")]
    [InlineData("ask in <#C1|general> about <@&1234> skills", "ask in about skills")]
    [InlineData("<!here> <!channel> @everyone @here path", "path")]
    [InlineData("  plain   text  ", "plain text")]
    public void Strip_RemovesPlatformMarkup(string text, string expected)
    {
        Assert.Equal(expected, MentionMarkup.Strip(text));
    }
}
