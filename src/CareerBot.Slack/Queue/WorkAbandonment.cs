namespace CareerBot.Slack.Queue;

/// <summary>
/// Cancelled only when queued work is given up: the host's shutdown timeout ran out while the workers were still
/// draining the queue. Work bound to it (unlike work bound to <c>ApplicationStopping</c>, which fires before the
/// queue drains) still finishes during a graceful stop.
/// </summary>
internal sealed class WorkAbandonment : IDisposable
{
    private readonly CancellationTokenSource _abandon = new();

    public CancellationToken Token => _abandon.Token;

    public void Abandon() => _abandon.Cancel();

    public void Dispose() => _abandon.Dispose();
}
