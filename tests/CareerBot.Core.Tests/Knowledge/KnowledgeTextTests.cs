using System.Text;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Knowledge;

public sealed class KnowledgeTextTests
{
    [Fact]
    public void Decode_ValidUtf8WithOrWithoutBom_IsTheText()
    {
        var bytes = Encoding.UTF8.GetBytes("Bachelor’s degree");

        Assert.Equal("Bachelor’s degree", KnowledgeText.Decode("f.md", bytes));
        Assert.Equal("Bachelor’s degree", KnowledgeText.Decode("f.md", [.. Encoding.UTF8.Preamble, .. bytes]));
    }

    [Theory]
    [InlineData(false, 8)]
    [InlineData(true, 11)]
    public void Decode_Latin1Byte_NamesTheFileAndTheByteOffset(bool bom, int offset)
    {
        byte[] latin1 = [.. Encoding.ASCII.GetBytes("Bachelor"), 0x92, .. Encoding.ASCII.GetBytes("s degree")]; // Windows-1252 apostrophe
        byte[] bytes = bom ? [.. Encoding.UTF8.Preamble, .. latin1] : latin1;

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeText.Decode("guide/08-getting-started.md", bytes));

        Assert.Equal($"guide/08-getting-started.md: byte {offset}: not valid UTF-8 (found 0x92); save the file as UTF-8", error.Message);
    }

    [Theory]
    [InlineData("guide/06-career-path.md")]
    [InlineData("data/career-path.json")]
    [InlineData("synonyms.txt")]
    public void Load_FileNotUtf8_StopsNamingTheFile(string file)
    {
        using var copy = new KnowledgeCopy();
        var text = File.ReadAllText(copy.PathOf(file));
        var cut = text.IndexOf('e', StringComparison.Ordinal) + 1;
        File.WriteAllBytes(copy.PathOf(file), [.. Encoding.UTF8.GetBytes(text[..cut]), 0xE9, .. Encoding.UTF8.GetBytes(text[cut..])]);

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.StartsWith($"{file}: byte {Encoding.UTF8.GetByteCount(text[..cut])}: not valid UTF-8", error.Message, StringComparison.Ordinal);
    }
}
