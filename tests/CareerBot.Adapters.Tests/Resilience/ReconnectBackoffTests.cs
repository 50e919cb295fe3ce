using CareerBot.Adapters.Resilience;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Adapters.Tests.Resilience;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Delays_DoubleWithJitter_UpToTheCap_AndStartOverAfterReset()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeProvider.System, new Random(7));

        var delays = Enumerable.Range(0, 8).Select(_ => backoff.Next().TotalSeconds).ToList();

        double[] ceilings = [1, 2, 4, 8, 16, 30, 30, 30];
        for (var i = 0; i < delays.Count; i++)
        {
            Assert.InRange(delays[i], ceilings[i] / 2, ceilings[i]);
        }

        Assert.NotEqual(delays[6], delays[7]);
        Assert.Equal(8, backoff.Failures);
        backoff.Reset();
        Assert.Equal(0, backoff.Failures);
        Assert.InRange(backoff.Next().TotalSeconds, 0.5, 1);
    }

    [Fact]
    public void ManyFailures_NeverOverflowPastTheCap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), TimeProvider.System, new Random(1));

        var delays = Enumerable.Range(0, 100).Select(_ => backoff.Next()).ToList();
        var last = delays[^1];

        Assert.InRange(last, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task WaitAsync_WaitsOnTheClock()
    {
        var clock = new FakeTimeProvider();
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), clock, new Random(1));

        var wait = backoff.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.False(wait.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(await wait);
    }

    [Fact]
    public async Task WaitAsync_Stopping_EndsTheWaitWithFalse()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new FakeTimeProvider(), new Random(1));
        using var stopping = new CancellationTokenSource();

        var wait = backoff.WaitAsync(TimeSpan.FromSeconds(5), stopping.Token);
        await stopping.CancelAsync();

        Assert.False(await wait);
        Assert.False(await backoff.WaitAsync(TimeSpan.Zero, stopping.Token));
    }
}
