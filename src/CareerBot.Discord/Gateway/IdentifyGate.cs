using CareerBot.Adapters.Memory;
using CareerBot.Discord.Configuration;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// Keeps Identify within Discord's budget: <c>session_start_limit.remaining</c> per day (running out resets
/// the token) and <c>max_concurrency</c> Identifies per 5 s, in buckets of <c>shard_id % max_concurrency</c>.
/// Resume does not count. The buckets' turns come from the <see cref="ITurnPacer"/>: with a shared store, several
/// gateway processes (one shard each) take turns as one bot must.
/// </summary>
internal sealed class IdentifyGate(TimeProvider timeProvider, DiscordTuning tuning, ITurnPacer pacer, ILogger<IdentifyGate> logger) : IDisposable
{
    private const string MaxConcurrencyReason = "max_concurrency allows one Identify per window";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _budget = new();
    private int _maxConcurrency = 1;
    private int _total = 1000;
    private int _remaining = 1000;
    private DateTimeOffset _budgetResetsAt = DateTimeOffset.MinValue;

    public void Update(SessionStartLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        lock (_budget)
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
            var wait = BudgetWait(out var reason);
            while (wait > TimeSpan.Zero)
            {
                Log.IdentifyWaiting(logger, shardId, wait.TotalMilliseconds, reason);
                await Task.Delay(wait, timeProvider, cancellationToken);
                wait = BudgetWait(out reason);
            }

            int bucket;
            lock (_budget)
            {
                bucket = shardId % _maxConcurrency;
            }

            var turn = await pacer.ReserveAsync($"discord:identify:{bucket}", tuning.IdentifyWindow, cancellationToken);
            var untilTurn = turn - timeProvider.GetUtcNow();
            if (untilTurn > TimeSpan.Zero)
            {
                Log.IdentifyWaiting(logger, shardId, untilTurn.TotalMilliseconds, MaxConcurrencyReason);
                await Task.Delay(untilTurn, timeProvider, cancellationToken);
            }

            lock (_budget)
            {
                _remaining--;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>How long until the daily budget allows an Identify (zero: now).</summary>
    private TimeSpan BudgetWait(out string reason)
    {
        lock (_budget)
        {
            var now = timeProvider.GetUtcNow();
            reason = string.Empty;
            if (_remaining > 0)
            {
                return TimeSpan.Zero;
            }

            if (now < _budgetResetsAt)
            {
                reason = "the daily session start limit is used up";
                return _budgetResetsAt - now;
            }

            _remaining = _total;
            _budgetResetsAt = now + TimeSpan.FromDays(1);
            return TimeSpan.Zero;
        }
    }
}
