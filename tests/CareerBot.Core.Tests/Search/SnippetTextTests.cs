using CareerBot.Core.Search;

namespace CareerBot.Core.Tests.Search;

public sealed class SnippetTextTests
{
    private const string Text = "Gaining practical knowledge takes time and patience. Personal projects, open source contributions and internships all count towards experience";

    [Fact]
    public void Shorten_ShortText_IsReturnedWhole()
    {
        Assert.Equal("Short text.", SnippetText.Shorten("Short text.", 160));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(75)]
    [InlineData(100)]
    [InlineData(131)]
    public void Shorten_LongText_EndsOnASentenceOrWordBoundaryWithAnEllipsis(int max)
    {
        var snippet = SnippetText.Shorten(Text, max);

        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= max + 2, snippet);
        var kept = snippet.TrimEnd('…', ' ');
        Assert.StartsWith(kept, Text, StringComparison.Ordinal);
        var next = Text[kept.Length];
        Assert.True(next is ' ' or ',' or '.', $"cut mid-word: '{snippet}'");
    }

    [Fact]
    public void Shorten_SentenceEndNearTheLimit_EndsThere()
    {
        Assert.Equal("Gaining practical knowledge takes time and patience. …", SnippetText.Shorten(Text, 70));
    }

    [Fact]
    public void Around_FragmentInTheMiddle_FinishesItsSentenceAndMarksBothCuts()
    {
        var start = Text.IndexOf("takes", StringComparison.Ordinal);
        var end = Text.IndexOf(" and patience", StringComparison.Ordinal);

        Assert.Equal("…takes time and patience. …", SnippetText.Around(Text, start, end));
    }
}
