using CareerBot.Adapters.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Adapters.Tests.Hosting;

public sealed class InFlightWorkTests
{
    [Fact]
    public async Task Track_CountsWorkUntilItCompletes()
    {
        var work = new InFlightWork();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        work.Track(gate.Task);
        work.Track(Task.CompletedTask);
        Assert.Equal(1, work.Count);

        gate.SetResult();
        await work.WhenIdleAsync();
        Assert.Equal(0, work.Count);
    }

    [Fact]
    public async Task TryRun_RefusesPastTheLimit_AndTakesWorkAgainOnceSomeIsDone()
    {
        var work = new InFlightWork();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        Assert.True(work.TryRun(() => gate.Task, limit: 2));
        Assert.True(work.TryRun(() => gate.Task, limit: 2));
        Assert.False(work.TryRun(() => gate.Task, limit: 2));

        gate.SetResult();
        await work.WhenIdleAsync();
        Assert.True(work.TryRun(() => Task.CompletedTask, limit: 2));
    }

    [Fact]
    public async Task DrainAsync_WaitsForRunningWork()
    {
        var work = new InFlightWork();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        work.Track(gate.Task);

        var drain = work.DrainAsync(TimeSpan.FromSeconds(10), new FakeTimeProvider(), CancellationToken.None);
        Assert.False(drain.IsCompleted);
        gate.SetResult();

        Assert.True(await drain);
    }

    [Fact]
    public async Task DrainAsync_GivesUpAfterTheTimeout()
    {
        var clock = new FakeTimeProvider();
        var work = new InFlightWork();
        work.Track(new TaskCompletionSource().Task);

        var drain = work.DrainAsync(TimeSpan.FromSeconds(10), clock, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.False(await drain);
        Assert.Equal(1, work.Count);
    }

    [Fact]
    public async Task DrainAsync_FailedWork_CountsAsDone()
    {
        var work = new InFlightWork();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        work.Track(gate.Task);

        var drain = work.DrainAsync(TimeSpan.FromSeconds(10), new FakeTimeProvider(), CancellationToken.None);
        gate.SetException(new InvalidOperationException("boom"));

        Assert.True(await drain);
    }
}
