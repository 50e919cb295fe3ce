namespace CareerBot.Adapters.Resilience;

/// <summary>
/// How long to wait before reconnecting after the n-th failure in a row: <c>initial * 2^(n-1)</c>, capped at
/// <c>max</c>, with "equal jitter" (half of it fixed, half random) so that replicas that lost the same peer do not
/// come back in step. The Discord gateway, its <c>GET /gateway/bot</c> and Slack Socket Mode all wait with it.
/// </summary>
public sealed class ReconnectBackoff
{
    private readonly TimeSpan _initial;
    private readonly TimeSpan _max;
    private readonly TimeProvider _timeProvider;
    private readonly Random _random;
    private int _failures;

    /// <param name="initial">The first delay's ceiling.</param>
    /// <param name="max">The cap of every delay.</param>
    /// <param name="timeProvider">The clock <see cref="WaitAsync"/> waits on.</param>
    /// <param name="random">The jitter source (tests pass a seeded or fixed one).</param>
    public ReconnectBackoff(TimeSpan initial, TimeSpan max, TimeProvider timeProvider, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initial, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, initial);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(random);
        _initial = initial;
        _max = max;
        _timeProvider = timeProvider;
        _random = random;
    }

    /// <summary>Failures in a row since the last <see cref="Reset"/>.</summary>
    public int Failures => _failures;

    /// <summary>Counts one more failure and returns the delay before the next attempt.</summary>
    public TimeSpan Next()
    {
        var exponent = Math.Min(_failures, 20);
        _failures++;
        var ceiling = TimeSpan.FromTicks(Math.Min(_max.Ticks, _initial.Ticks * (1L << exponent)));
        return (ceiling / 2) + (ceiling / 2 * _random.NextDouble());
    }

    /// <summary>A connection proved healthy: the next failure starts from the initial delay again.</summary>
    public void Reset() => _failures = 0;

    /// <summary>Waits <paramref name="delay"/> on the clock; false when stopping cut the wait short.</summary>
    public async Task<bool> WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        if (stoppingToken.IsCancellationRequested)
        {
            return false;
        }

        if (delay <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            await Task.Delay(delay, _timeProvider, stoppingToken);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
