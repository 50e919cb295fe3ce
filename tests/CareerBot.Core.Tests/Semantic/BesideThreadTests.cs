using CareerBot.Core.Semantic;

namespace CareerBot.Core.Tests.Semantic;

public sealed class BesideThreadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60); // only a failing test waits this long

    [Fact]
    public void Post_RunsTheWorkOnAnotherThread()
    {
        using var ran = new ManualResetEventSlim();
        var caller = Environment.CurrentManagedThreadId;
        var on = caller;

        BesideThread.Shared.Post(() =>
        {
            on = Environment.CurrentManagedThreadId;
            ran.Set();
        });

        Assert.True(ran.Wait(Patience));
        Assert.NotEqual(caller, on);
    }

    [Fact]
    public void Post_AfterWorkThatThrows_RunsTheNext()
    {
        using var ran = new ManualResetEventSlim();

        BesideThread.Shared.Post(() => throw new InvalidOperationException("the work's own failure"));
        BesideThread.Shared.Post(ran.Set);

        Assert.True(ran.Wait(Patience));
    }
}
