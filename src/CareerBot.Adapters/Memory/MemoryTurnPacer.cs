namespace CareerBot.Adapters.Memory;

/// <summary>The in-process <see cref="ITurnPacer"/>: the next free time per key (a handful of keys: no bound needed).</summary>
public sealed class MemoryTurnPacer(TimeProvider timeProvider) : ITurnPacer
{
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ValueTask<DateTimeOffset> ReserveAsync(string key, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            var turn = _next.TryGetValue(key, out var next) && next > now ? next : now;
            _next[key] = turn + interval;
            return ValueTask.FromResult(turn);
        }
    }
}
