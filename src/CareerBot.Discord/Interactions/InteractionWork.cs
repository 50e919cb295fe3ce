using System.Collections.Concurrent;
using CareerBot.Discord.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// The work behind HTTP interactions, which outlives each request once the answer is deferred. On stop the
/// work still running gets up to <see cref="DiscordTuning.InteractionDrainTimeout"/> to deliver its answers
/// before <see cref="Token"/> cancels it.
/// </summary>
internal sealed class InteractionWork(DiscordTuning tuning, TimeProvider timeProvider, ILogger<InteractionWork> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<int, Task> running = new();

    /// <summary>Cancelled once the drain on stop is over.</summary>
    public CancellationToken Token => stopping.Token;

    public void Track(Task work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!work.IsCompleted)
        {
            running[work.Id] = work;
            _ = work.ContinueWith(done => running.TryRemove(done.Id, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var pending = running.Values.ToArray();
        if (pending.Length > 0)
        {
            try
            {
                await Task.WhenAll(pending).WaitAsync(tuning.InteractionDrainTimeout, timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
            {
                Log.InteractionsAbandoned(logger, running.Count);
            }
        }

        await stopping.CancelAsync().ConfigureAwait(false);
    }

    public void Dispose() => stopping.Dispose();
}
