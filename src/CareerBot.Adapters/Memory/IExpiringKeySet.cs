namespace CareerBot.Adapters.Memory;

/// <summary>
/// Remembers keys for a while, so that a delivery, a join or a click is handled once. In-process today
/// (<see cref="MemoryExpiringStore"/>); behind this interface so several replicas can share one store.
/// </summary>
public interface IExpiringKeySet
{
    /// <summary>
    /// Claims the keys together: true when none of them is remembered (the work is new), false when any is (a
    /// repeat). Either way every key is then remembered for at least its lifetime from now.
    /// </summary>
    bool TryClaim(params ReadOnlySpan<ExpiringKey> keys);

    /// <summary>Forgets keys, so that the next delivery of work that could not be taken is handled.</summary>
    void Release(params ReadOnlySpan<string> keys);
}
