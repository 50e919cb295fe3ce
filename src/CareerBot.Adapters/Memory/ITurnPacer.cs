namespace CareerBot.Adapters.Memory;

/// <summary>
/// Hands out turns spaced at least an interval apart under a key (Discord's Identify per <c>max_concurrency</c>
/// bucket). In-process by default (<see cref="MemoryTurnPacer"/>); a shared store spaces the turns of every process.
/// </summary>
public interface ITurnPacer
{
    /// <summary>
    /// Reserves the next turn under <paramref name="key"/>: returns when it starts (now, or when the previous turn's
    /// interval ends); the turn after it starts <paramref name="interval"/> later. The caller waits until then.
    /// </summary>
    ValueTask<DateTimeOffset> ReserveAsync(string key, TimeSpan interval, CancellationToken cancellationToken);
}
