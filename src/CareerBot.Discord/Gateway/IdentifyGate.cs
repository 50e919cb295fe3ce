using CareerBot.Discord.Configuration;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// Keeps Identify within Discord's budget: <c>session_start_limit.remaining</c> per day (running out resets
/// the token) and <c>max_concurrency</c> Identifies per 5 s, in buckets of <c>shard_id % max_concurrency</c>.
/// Resume does not count.
/// </summary>
internal sealed class IdentifyGate(TimeProvider timeProvider, DiscordTuning tuning, ILogger<IdentifyGate> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<int, DateTimeOffset> lastIdentify = [];
    private int maxConcurrency = 1;
    private int total = 1000;
    private int remaining = 1000;
    private DateTimeOffset budgetResetsAt = DateTimeOffset.MinValue;

    public void Update(SessionStartLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        lock (lastIdentify)
        {
            maxConcurrency = Math.Max(1, limit.MaxConcurrency);
            total = limit.Total;
            remaining = limit.Remaining;
            budgetResetsAt = timeProvider.GetUtcNow() + TimeSpan.FromMilliseconds(limit.ResetAfter);
        }
    }

    /// <summary>Waits until this shard may identify, then counts the Identify against the budget.</summary>
    public async Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = ReserveOrWait(shardId, out var reason);
            while (wait > TimeSpan.Zero)
            {
                Log.IdentifyWaiting(logger, shardId, wait.TotalMilliseconds, reason);
                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
                wait = ReserveOrWait(shardId, out reason);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private TimeSpan ReserveOrWait(int shardId, out string reason)
    {
        lock (lastIdentify)
        {
            var now = timeProvider.GetUtcNow();
            if (remaining <= 0)
            {
                if (now < budgetResetsAt)
                {
                    reason = "the daily session start limit is used up";
                    return budgetResetsAt - now;
                }

                remaining = total;
                budgetResetsAt = now + TimeSpan.FromDays(1);
            }

            var bucket = shardId % maxConcurrency;
            if (lastIdentify.TryGetValue(bucket, out var last) && now < last + tuning.IdentifyWindow)
            {
                reason = "max_concurrency allows one Identify per window";
                return last + tuning.IdentifyWindow - now;
            }

            lastIdentify[bucket] = now;
            remaining--;
            reason = string.Empty;
            return TimeSpan.Zero;
        }
    }
}
