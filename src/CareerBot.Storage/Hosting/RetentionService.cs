using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Hosting;

/// <summary>
/// Deletes questions (and their votes) older than <see cref="StoreOptions.RetentionDays"/>: once shortly after
/// start-up, then every <see cref="Period"/>. A failed run is logged and tried again at the next.
/// </summary>
internal sealed class RetentionService(IFeedbackStore store, IOptions<StoreOptions> options, TimeProvider timeProvider, ILogger<RetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromHours(6);
    public static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRunDelay, timeProvider, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Period, timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass: deletes what is older than the window; returns how many questions went.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.RetentionDays;
        try
        {
            var deleted = await store.DeleteOlderThanAsync(timeProvider.GetUtcNow().AddDays(-days), cancellationToken);
            Log.RetentionDeleted(logger, deleted, days);
            return deleted;
        }
        catch (StoreException ex)
        {
            Log.RetentionFailed(logger, ex);
            return 0;
        }
    }
}
