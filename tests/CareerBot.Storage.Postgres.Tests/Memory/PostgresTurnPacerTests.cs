using CareerBot.Adapters.Memory;
using CareerBot.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Storage.Postgres.Tests.Memory;

public sealed class PostgresTurnPacerTests : IAsyncLifetime
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private Replica _a = null!;
    private Replica _b = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _a = await Replica.StartAsync(_database.ConnectionString, _time);
        _b = await Replica.StartAsync(_database.ConnectionString, _time);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _database.DisposeAsync();
    }

    [PostgresFact]
    public async Task Reserve_TwoProcessesOneBucket_GetTurnsOneWindowApart()
    {
        var now = _time.GetUtcNow();

        var first = await _a.Get<ITurnPacer>().ReserveAsync("discord:identify:0", Window, CancellationToken.None);
        var second = await _b.Get<ITurnPacer>().ReserveAsync("discord:identify:0", Window, CancellationToken.None);
        var otherBucket = await _b.Get<ITurnPacer>().ReserveAsync("discord:identify:1", Window, CancellationToken.None);

        Assert.Equal(now, first);
        Assert.Equal(now + Window, second);
        Assert.Equal(now, otherBucket);
    }

    [PostgresFact]
    public async Task Reserve_AfterTheWindow_IsNow()
    {
        await _a.Get<ITurnPacer>().ReserveAsync("discord:identify:0", Window, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(_time.GetUtcNow(), await _b.Get<ITurnPacer>().ReserveAsync("discord:identify:0", Window, CancellationToken.None));
    }

    [PostgresFact]
    public async Task Reserve_ManyAtOnceFromBothProcesses_EveryTurnIsItsOwnWindow()
    {
        var pacers = new[] { _a.Get<ITurnPacer>(), _b.Get<ITurnPacer>() };

        var turns = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Task.Run(async () => await pacers[i % 2].ReserveAsync("discord:identify:0", Window, CancellationToken.None))));

        var start = _time.GetUtcNow();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => start + (Window * i)), turns.Order());
    }
}
