using CareerBot.Core.Conversations;
using CareerBot.Storage.Postgres.Conversations;
using CareerBot.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Storage.Postgres.Tests.Conversations;

public sealed class PostgresConversationStoreTests : IAsyncLifetime
{
    private static readonly ConversationState Senior = new("salary", "salary senior", ["senior"], [], [], null);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private Replica _a = null!;
    private Replica _b = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?> { ["Conversation:Ttl"] = "00:10:00", ["Conversation:MaxConversations"] = "100" };
        _a = await Replica.StartAsync(_database.ConnectionString, _time, settings);
        _b = await Replica.StartAsync(_database.ConnectionString, _time, settings);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _database.DisposeAsync();
    }

    [PostgresFact]
    public async Task Get_StateSetOnTheOtherReplica_ComesBackWhole()
    {
        var state = new ConversationState("ask", "how do i become an ml engineer", [], ["technical"], ["data scientist"], "Getting Started in ML Engineering");
        await _a.Get<IConversationStore>().SetAsync("slack:T1:C1:1.0", state, CancellationToken.None);

        var read = await _b.Get<IConversationStore>().GetAsync("slack:T1:C1:1.0", CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(state.Command, read.Command);
        Assert.Equal(state.Question, read.Question);
        Assert.Equal(state.Areas, read.Areas);
        Assert.Equal(state.Roles, read.Roles);
        Assert.Equal(state.Topic, read.Topic);
        Assert.Null(await _b.Get<IConversationStore>().GetAsync("slack:T1:C1:2.0", CancellationToken.None));
    }

    [PostgresFact]
    public async Task Get_AfterTheTtl_IsForgotten()
    {
        await _a.Get<IConversationStore>().SetAsync("k", Senior, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.NotNull(await _b.Get<IConversationStore>().GetAsync("k", CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await _b.Get<IConversationStore>().GetAsync("k", CancellationToken.None));
    }

    [PostgresFact]
    public async Task Set_LaterSubjectOnTheOtherReplica_Replaces()
    {
        await _a.Get<IConversationStore>().SetAsync("k", Senior, CancellationToken.None);
        await _b.Get<IConversationStore>().SetAsync("k", Senior with { Question = "salary lead", Levels = ["lead"] }, CancellationToken.None);

        var read = await _a.Get<IConversationStore>().GetAsync("k", CancellationToken.None);

        Assert.Equal(["lead"], read!.Levels);
    }

    [PostgresFact]
    public async Task Prune_PastMaxConversations_ForgetsTheLeastRecentlySet()
    {
        var store = (PostgresConversationStore)_a.Get<IConversationStore>();
        store.PruneInterval = 50;
        for (var i = 0; i < 150; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(10));
            await store.SetAsync($"c{i}", Senior, CancellationToken.None);
        }

        Assert.InRange(await _database.ScalarAsync<long>("SELECT count(*) FROM careerbot_conversations"), 100, 149);
        Assert.Null(await _b.Get<IConversationStore>().GetAsync("c0", CancellationToken.None));
        Assert.NotNull(await _b.Get<IConversationStore>().GetAsync("c149", CancellationToken.None));
    }
}
