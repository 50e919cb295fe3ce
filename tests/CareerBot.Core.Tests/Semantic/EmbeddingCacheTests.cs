using CareerBot.Core.Semantic;

namespace CareerBot.Core.Tests.Semantic;

public sealed class EmbeddingCacheTests
{
    private sealed class CountingEmbedder : ITextEmbedder
    {
        public int Calls { get; private set; }

        public string ModelId => "counting";

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            Calls++;
            return texts.Select(t => new[] { t.Length, 1f, 2f }).ToArray();
        }
    }

    [Fact]
    public void GetOrEmbed_WithAFolder_ARestartReadsTheVectorsBackInsteadOfEmbedding()
    {
        var folder = Path.Combine(Path.GetTempPath(), "careerbot-embeddings-" + Guid.NewGuid().ToString("N"));
        try
        {
            var texts = new[] { "first " + Guid.NewGuid(), "second" };
            var embedder = new CountingEmbedder();
            var first = EmbeddingCache.GetOrEmbed(embedder, texts, folder);
            EmbeddingCache.ForgetMemory(); // as after a restart

            var again = EmbeddingCache.GetOrEmbed(embedder, texts, folder);

            Assert.Equal(1, embedder.Calls);
            Assert.Equal(first.Select(v => v.ToArray()), again.Select(v => v.ToArray()));
            Assert.Single(Directory.GetFiles(folder, "embeddings-*.bin"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void GetOrEmbed_ChangedText_EmbedsAgain()
    {
        var embedder = new CountingEmbedder();
        var id = Guid.NewGuid().ToString();

        EmbeddingCache.GetOrEmbed(embedder, ["a section " + id], null);
        EmbeddingCache.GetOrEmbed(embedder, ["a section " + id], null);
        EmbeddingCache.GetOrEmbed(embedder, ["an edited section " + id], null);

        Assert.Equal(2, embedder.Calls);
    }
}
