using CareerBot.Adapters.Hosting;
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
    private readonly CancellationTokenSource _stopping = new();
    private readonly InFlightWork _running = new();

    /// <summary>Cancelled once the drain on stop is over.</summary>
    public CancellationToken Token => _stopping.Token;

    public void Track(Task work) => _running.Track(work);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!await _running.DrainAsync(tuning.InteractionDrainTimeout, timeProvider, cancellationToken))
        {
            Log.InteractionsAbandoned(logger, _running.Count);
        }

        await _stopping.CancelAsync();
    }

    public void Dispose() => _stopping.Dispose();
}
