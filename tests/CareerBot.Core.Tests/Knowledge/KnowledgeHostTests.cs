using CareerBot.Core.Knowledge;
using CareerBot.Core.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.Tests.Knowledge;

public sealed class KnowledgeHostTests
{
    [Fact]
    public void EnsureLoaded_WithIndexPath_WritesTheIndexToDiskAndAnswers()
    {
        var indexPath = Path.Combine(Path.GetTempPath(), "careerbot-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var host = new KnowledgeHost(
                Options.Create(new KnowledgeOptions { Path = ShippedKnowledge.Folder, IndexPath = indexPath }),
                TimeProvider.System,
                NullLogger<KnowledgeHost>.Instance);

            Assert.False(host.IsReady);
            var snapshot = host.EnsureLoaded();

            Assert.True(host.IsReady);
            Assert.NotEmpty(Directory.GetFiles(indexPath));
            Assert.Equal("Industry Trends", snapshot.Index.Search("automl adoption").Hits[0].Section.Heading);
            Assert.Same(snapshot, host.EnsureLoaded());
        }
        finally
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }

    [Fact]
    public async Task EnsureLoaded_ServeWhileLoading_ReadyLexicallyThenSemanticWithEmbeddingsBesideTheIndex()
    {
        var indexPath = Path.Combine(Path.GetTempPath(), "careerbot-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var host = new KnowledgeHost(
                Options.Create(new KnowledgeOptions { Path = ShippedKnowledge.Folder, IndexPath = indexPath }),
                TimeProvider.System,
                NullLogger<KnowledgeHost>.Instance,
                Options.Create(new CareerBot.Core.Search.SearchOptions { Semantic = true, ServeWhileLoading = true }));

            var snapshot = host.EnsureLoaded();
            Assert.True(host.IsReady); // answers (lexically) before the model is there
            await snapshot.Semantic!.WhenDone;

            Assert.True(host.IsSemanticReady);
            Assert.NotNull(snapshot.Vectors);
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(indexPath, "embeddings"), "embeddings-*.bin"));
        }
        finally
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }

    [Fact]
    public async Task EnsureLoaded_IndexInMemory_KeepsTheVectorsInTheEmbeddingCacheFolder()
    {
        // Without an on-disk index the vectors still outlive the process, so the next start need not embed the knowledge.
        var cachePath = Path.Combine(Path.GetTempPath(), "careerbot-vectors-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var host = new KnowledgeHost(
                Options.Create(new KnowledgeOptions { Path = ShippedKnowledge.Folder, EmbeddingCachePath = cachePath }),
                TimeProvider.System,
                NullLogger<KnowledgeHost>.Instance,
                Options.Create(new CareerBot.Core.Search.SearchOptions { Semantic = true, ServeWhileLoading = true }));

            await host.EnsureLoaded().Semantic!.WhenDone;

            Assert.NotNull(host.Current.Vectors);
            Assert.Equal(3, Directory.GetFiles(cachePath, "embeddings-*.bin").Length); // the passages, the example questions and the not-covered questions
        }
        finally
        {
            Directory.Delete(cachePath, recursive: true);
        }
    }

    [Fact]
    public void EnsureLoaded_SemanticOff_HasNoVectors()
    {
        using var host = new KnowledgeHost(
            Options.Create(new KnowledgeOptions { Path = ShippedKnowledge.Folder }),
            TimeProvider.System,
            NullLogger<KnowledgeHost>.Instance,
            Options.Create(new CareerBot.Core.Search.SearchOptions { Semantic = false }));

        Assert.Null(host.EnsureLoaded().Vectors);
        Assert.True(host.IsSemanticReady);
    }

    [Fact]
    public void Validate_MissingFolder_NamesTheSetting()
    {
        var result = new KnowledgeOptionsValidator().Validate(null, new KnowledgeOptions { Path = "/no/such/folder" });

        Assert.True(result.Failed);
        Assert.Contains("Knowledge:Path (Knowledge__Path or --knowledge)", result.FailureMessage, StringComparison.Ordinal);
    }
}
