using CareerBot.Core.Conversations;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Conversations;

public sealed class InMemoryConversationStoreTests
{
    private static readonly ConversationState Senior = new("salary", "salary senior", ["senior"], [], [], null);
    private static readonly ConversationState Lead = new("salary", "salary lead", ["lead"], [], [], null);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Get_JustBeforeTheTtl_ReturnsTheState_AndAtTheTtl_Forgets()
    {
        var store = Store(max: 10);
        await store.SetAsync("a", Senior, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.Equal(Senior, await store.GetAsync("a", CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await store.GetAsync("a", CancellationToken.None));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task Set_Again_StartsTheTtlAfresh()
    {
        var store = Store(max: 10);
        await store.SetAsync("a", Senior, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(8));
        await store.SetAsync("a", Lead, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(8));

        Assert.Equal(Lead, await store.GetAsync("a", CancellationToken.None));
    }

    [Fact]
    public async Task Set_PastTheCap_ForgetsTheLeastRecentlyUsed()
    {
        var store = Store(max: 2);
        await store.SetAsync("a", Senior, CancellationToken.None);
        await store.SetAsync("b", Senior, CancellationToken.None);
        await store.GetAsync("a", CancellationToken.None); // "a" is now more recent than "b"

        await store.SetAsync("c", Lead, CancellationToken.None);

        Assert.Equal(2, store.Count);
        Assert.Null(await store.GetAsync("b", CancellationToken.None));
        Assert.Equal(Senior, await store.GetAsync("a", CancellationToken.None));
        Assert.Equal(Lead, await store.GetAsync("c", CancellationToken.None));
    }

    [Fact]
    public async Task Set_ManyConversations_NeverHoldsMoreThanTheCap()
    {
        var store = Store(max: 100);
        for (var i = 0; i < 1000; i++)
        {
            await store.SetAsync($"c{i}", Senior, CancellationToken.None);
        }

        Assert.Equal(100, store.Count);
        Assert.NotNull(await store.GetAsync("c999", CancellationToken.None));
        Assert.Null(await store.GetAsync("c899", CancellationToken.None));
    }

    private InMemoryConversationStore Store(int max) =>
        new(Options.Create(new ConversationOptions { MaxConversations = max, Ttl = TimeSpan.FromMinutes(10) }), _time);
}
