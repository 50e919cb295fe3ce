namespace CareerBot.Adapters.Hosting;

/// <summary>
/// Work that runs off the path that received it (a deferred interaction, a Socket Mode slash command, a gateway
/// interaction), tracked so that stopping can wait for it: <see cref="DrainAsync"/> waits up to a limit.
/// Optionally bounded: <see cref="TryRun"/> refuses work past a number running at once.
/// </summary>
public sealed class InFlightWork
{
    // One watcher per piece of work: it completes once the work has, and never faults, so waiting on the
    // watchers waits for the work without rethrowing its failures (their owners log them).
    private readonly List<Task> _watchers = [];
    private readonly Lock _gate = new();

    /// <summary>Work still running.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                _watchers.RemoveAll(watcher => watcher.IsCompleted);
                return _watchers.Count;
            }
        }
    }

    /// <summary>Tracks work already started until it completes.</summary>
    public void Track(Task work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.IsCompleted)
        {
            return;
        }

        var watcher = Watch(work);
        lock (_gate)
        {
            _watchers.RemoveAll(done => done.IsCompleted);
            _watchers.Add(watcher);
        }
    }

    /// <summary>Starts <paramref name="work"/> on the thread pool unless <paramref name="limit"/> are running already.</summary>
    public bool TryRun(Func<Task> work, int limit)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            _watchers.RemoveAll(done => done.IsCompleted);
            if (_watchers.Count >= limit)
            {
                return false;
            }

            _watchers.Add(Watch(Task.Run(work, CancellationToken.None)));
            return true;
        }
    }

    /// <summary>Completes when every piece of work tracked now has completed.</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return Task.WhenAll([.. _watchers]);
        }
    }

    /// <summary>Waits for the work running now, at most <paramref name="timeout"/>; false when some was still running.</summary>
    public async Task<bool> DrainAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var idle = WhenIdleAsync();
        if (!idle.IsCompleted)
        {
            try
            {
                await idle.WaitAsync(timeout, timeProvider, cancellationToken);
            }
            catch (Exception ex) when (ex is TimeoutException || cancellationToken.IsCancellationRequested)
            {
                // Waited long enough, or told to stop waiting.
            }
        }

        return idle.IsCompleted;
    }

    private static Task Watch(Task work) =>
        work.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
