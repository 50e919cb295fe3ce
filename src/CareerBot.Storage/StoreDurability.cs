namespace CareerBot.Storage;

/// <summary>What a committed (and so acknowledged) record survives (<c>Store__Durability</c>).</summary>
public enum StoreDurability
{
    /// <summary>Every batch is flushed to disk before it is acknowledged (SQLite <c>synchronous=FULL</c>): survives a power loss or OS crash.</summary>
    Full,

    /// <summary>
    /// Every batch is in the write-ahead log before it is acknowledged, flushed at checkpoints (SQLite WAL with
    /// <c>synchronous=NORMAL</c>): survives the process being killed, not an OS crash or power loss. Faster.
    /// </summary>
    Process,
}
