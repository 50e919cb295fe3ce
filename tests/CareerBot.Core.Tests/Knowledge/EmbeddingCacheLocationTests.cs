using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Tests.Knowledge;

public sealed class EmbeddingCacheLocationTests
{
    private static readonly Dictionary<string, string?> Home = new() { ["HOME"] = "/home/bot" };

    [Fact]
    public void Resolve_NothingSet_IsTheUsersCacheFolder()
    {
        Assert.Equal(Path.Combine("/home/bot", ".cache", "careerbot", "embeddings"), EmbeddingCacheLocation.Resolve(new KnowledgeOptions(), Home.GetValueOrDefault));
    }

    [Fact]
    public void Resolve_XdgCacheHome_IsPreferredToHome()
    {
        var environment = new Dictionary<string, string?>(Home) { ["XDG_CACHE_HOME"] = "/var/cache/bot" };

        Assert.Equal(Path.Combine("/var/cache/bot", "careerbot", "embeddings"), EmbeddingCacheLocation.Resolve(new KnowledgeOptions(), environment.GetValueOrDefault));
    }

    [Fact]
    public void Resolve_NoHome_IsTheTemporaryFolder()
    {
        Assert.Equal(Path.Combine(Path.GetTempPath(), "careerbot", "embeddings"), EmbeddingCacheLocation.Resolve(new KnowledgeOptions(), _ => null));
    }

    [Fact]
    public void Resolve_IndexPath_KeepsTheVectorsBesideTheIndex()
    {
        Assert.Equal(Path.Combine("/data/index", "embeddings"), EmbeddingCacheLocation.Resolve(new KnowledgeOptions { IndexPath = "/data/index" }, Home.GetValueOrDefault));
    }

    [Theory]
    [InlineData("off")]
    [InlineData("OFF")]
    public void Resolve_Off_KeepsNothingOnDisk(string setting)
    {
        Assert.Null(EmbeddingCacheLocation.Resolve(new KnowledgeOptions { EmbeddingCachePath = setting, IndexPath = "/data/index" }, Home.GetValueOrDefault));
    }

    [Fact]
    public void Resolve_AFolderSet_IsUsedAsItIs()
    {
        Assert.Equal("/srv/vectors", EmbeddingCacheLocation.Resolve(new KnowledgeOptions { EmbeddingCachePath = "/srv/vectors", IndexPath = "/data/index" }, Home.GetValueOrDefault));
    }
}
