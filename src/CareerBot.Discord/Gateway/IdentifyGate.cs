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
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<int, DateTimeOffset> _lastIdentify = [];
    private int _maxConcurrency = 1;
    private int _total = 1000;
    private int _remaining = 1000;
    private DateTimeOffset _budgetResetsAt = DateTimeOffset.MinValue;

    public void Update(SessionStartLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        lock (_lastIdentify)
        {
            _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
            _total = limit.Total;
            _remaining = limit.Remaining;
            _budgetResetsAt = timeProvider.GetUtcNow() + TimeSpan.FromMilliseconds(limit.ResetAfter);
        }
    }

    /// <summary>Waits until this shard may identify, then counts the Identify against the budget.</summary>
    public async Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var wait = ReserveOrWait(shardId, out var reason);
            while (wait > TimeSpan.Zero)
            {
                Log.IdentifyWaiting(logger, shardId, wait.TotalMilliseconds, reason);
                await Task.Delay(wait, timeProvider, cancellationToken);
                wait = ReserveOrWait(shardId, out reason);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private TimeSpan ReserveOrWait(int shardId, out string reason)
    {
        lock (_lastIdentify)
        {
            var now = timeProvider.GetUtcNow();
            if (_remaining <= 0)
            {
                if (now < _budgetResetsAt)
                {
                    reason = "the daily session start limit is used up";
                    return _budgetResetsAt - now;
                }

                _remaining = _total;
                _budgetResetsAt = now + TimeSpan.FromDays(1);
            }

            var bucket = shardId % _maxConcurrency;
            if (_lastIdentify.TryGetValue(bucket, out var last) && now < last + tuning.IdentifyWindow)
            {
                reason = "max_concurrency allows one Identify per window";
                return last + tuning.IdentifyWindow - now;
            }

            _lastIdentify[bucket] = now;
            _remaining--;
            reason = string.Empty;
            return TimeSpan.Zero;
        }
    }
}
