using CareerBot.Core.Semantic;

namespace CareerBot.Core.Tests.Semantic;

public sealed class LengthBatchesTests
{
    /// <summary>Records each batch; a text's vector is its length and its first letter, so order can be checked.</summary>
    private sealed class RecordingEmbedder : ITextEmbedder
    {
        public List<string[]> Batches { get; } = [];

        public string ModelId => "recording";

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            Batches.Add([.. texts]);
            return texts.Select(t => new float[] { t.Length, t[0] }).ToArray();
        }
    }

    [Fact]
    public void Embed_ManyTexts_VectorsComeBackInTheTextsOrder()
    {
        var texts = Enumerable.Range(0, 100).Select(i => new string((char)('a' + (i % 26)), 1 + ((i * 37) % 90))).ToArray();
        var embedder = new RecordingEmbedder();

        var vectors = LengthBatches.Embed(embedder, texts);

        Assert.Equal(texts.Select(t => new float[] { t.Length, t[0] }), vectors);
    }

    [Fact]
    public void Embed_ShortAndLongTexts_AreNotPaddedTogether()
    {
        // One long section and many one-line questions: the questions share batches with each other, not with it.
        var texts = Enumerable.Range(0, LengthBatches.Size).Select(i => $"question {i}?").Append(new string('x', 2000)).ToArray();
        var embedder = new RecordingEmbedder();

        LengthBatches.Embed(embedder, texts);

        Assert.All(embedder.Batches, b => Assert.True(b.Length <= LengthBatches.Size));
        Assert.Single(embedder.Batches, b => b.Any(t => t.Length == 2000) && b.Length == 1);
    }
}
