using CareerBot.Storage.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Storage.Tests.Hosting;

public sealed class RetentionServiceTests
{
    [Fact]
    public async Task RunOnce_DeletesWhatIsOlderThanTheWindow()
    {
        var now = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(now);
        await using var store = await TestStore.OpenAsync(options => options.RetentionDays = 30);
        await store.Store.RecordQuestionAsync(TestStore.Question(at: now.AddDays(-31)), CancellationToken.None);
        await store.Store.RecordQuestionAsync(TestStore.Question(at: now.AddDays(-29)), CancellationToken.None);
        var service = new RetentionService(store.Store, Microsoft.Extensions.Options.Options.Create(store.Options), time, NullLogger<RetentionService>.Instance);

        Assert.Equal(1, await service.RunOnceAsync(CancellationToken.None));
        Assert.Equal(1, store.Scalar("SELECT COUNT(*) FROM questions"));

        time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await service.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, store.Scalar("SELECT COUNT(*) FROM questions"));
    }

    [Fact]
    public async Task Runs_AfterTheFirstDelay_ThenEveryPeriod()
    {
        var now = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(now);
        await using var store = await TestStore.OpenAsync(options => options.RetentionDays = 1);
        await store.Store.RecordQuestionAsync(TestStore.Question(at: now.AddDays(-2)), CancellationToken.None);
        using var service = new RetentionService(store.Store, Microsoft.Extensions.Options.Options.Create(store.Options), time, NullLogger<RetentionService>.Instance);
        await service.StartAsync(CancellationToken.None);

        // The service starts its loop on a thread of its own: time moves on until its timer has fired.
        await AdvanceUntilAsync(time, RetentionService.FirstRunDelay, () => store.Scalar("SELECT COUNT(*) FROM questions") == 0);
        await store.Store.RecordQuestionAsync(TestStore.Question(at: now.AddDays(-2)), CancellationToken.None);
        await AdvanceUntilAsync(time, RetentionService.Period, () => store.Scalar("SELECT COUNT(*) FROM questions") == 0);

        await service.StopAsync(CancellationToken.None);
    }

    private static async Task AdvanceUntilAsync(FakeTimeProvider time, TimeSpan step, Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            time.Advance(step);
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}
