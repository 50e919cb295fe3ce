using CareerBot.Core.Semantic;

namespace CareerBot.Core.Tests.Semantic;

public sealed class WordVectorCacheTests
{
    [Fact]
    public void Add_PastTheCapacity_DropsTheLeastRecentlyUsedWord()
    {
        var cache = new WordVectorCache(capacity: 2);
        cache.Add("berlin", [1f]);
        cache.Add("tokyo", [2f]);
        Assert.True(cache.TryGet("berlin", out _)); // berlin is now the most recently used

        cache.Add("kaggle", [3f]);

        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet("tokyo", out _));
        Assert.True(cache.TryGet("berlin", out var berlin));
        Assert.Equal([1f], berlin);
        Assert.True(cache.TryGet("kaggle", out _));
    }

    [Fact]
    public void Add_TheSameWordAgain_KeepsOneEntryWithTheNewVector()
    {
        var cache = new WordVectorCache(capacity: 2);
        cache.Add("berlin", [1f]);

        cache.Add("berlin", [2f]);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("berlin", out var vector));
        Assert.Equal([2f], vector);
    }

    [Fact]
    public void Clear_ForgetsEveryWord()
    {
        var cache = new WordVectorCache(capacity: 4);
        cache.Add("berlin", [1f]);

        cache.Clear();

        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGet("berlin", out _));
    }

    [Fact]
    public void Constructor_NoRoom_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WordVectorCache(capacity: 0));
    }
}
