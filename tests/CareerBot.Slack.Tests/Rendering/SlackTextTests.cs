using CareerBot.Slack.Rendering;

namespace CareerBot.Slack.Tests.Rendering;

public sealed class SlackTextTests
{
    [Fact]
    public void Escape_ReplacesSlacksControlCharacters() =>
        Assert.Equal("a &amp; b &lt;c&gt;", SlackText.Escape("a & b <c>"));

    [Fact]
    public void Decode_UndoesSlacksEscaping_AmpersandLast() =>
        Assert.Equal("<@U1> & &lt;", SlackText.Decode("&lt;@U1&gt; &amp; &amp;lt;"));

    [Fact]
    public void Split_NeverCutsAnEntityInHalf()
    {
        var text = SlackText.Escape(string.Concat(Enumerable.Repeat("<&>", 2000)));

        var pieces = SlackText.Split(text, 100);

        Assert.All(pieces, piece =>
        {
            Assert.True(piece.Length <= 100);
            Assert.Matches("^(&(amp|lt|gt);)+$", piece);
        });
        Assert.Equal(text, string.Concat(pieces));
    }

    [Fact]
    public void Split_NeverCutsALinkInHalf()
    {
        var link = "<https://example.com/a/very/long/path|the guide>";
        var text = string.Join(string.Empty, Enumerable.Repeat(link, 30));

        var pieces = SlackText.Split(text, 120);

        Assert.All(pieces, piece => Assert.Equal(piece.Count(c => c == '<'), piece.Count(c => c == '>')));
        Assert.Equal(text, string.Concat(pieces));
    }

    [Fact]
    public void Split_PrefersLineBreaks()
    {
        var text = new string('a', 60) + "\n" + new string('b', 60);

        Assert.Equal([new string('a', 60), new string('b', 60)], SlackText.Split(text, 100));
    }

    [Fact]
    public void Truncate_KeepsSurrogatePairsWhole()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 100));

        var cut = SlackText.Truncate(text, 51);

        Assert.True(cut.Length <= 51);
        Assert.False(char.IsHighSurrogate(cut[^2]));
        Assert.EndsWith(SlackText.Ellipsis, cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncate_LeavesShortTextAlone() => Assert.Equal("short", SlackText.Truncate("short", 10));
}
