using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.Postgres;

/// <summary>The store's log lines (event ids 6000-6999). No keys, values or connection strings are logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "PostgreSQL store: schema at version {Version} (migrated from {From})")]
    public static partial void SchemaReady(ILogger logger, int version, int from);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "PostgreSQL store: waiting for another replica's migration")]
    public static partial void WaitingForMigration(ILogger logger);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Warning, Message = "PostgreSQL store is out ({Operation}: {Reason}): answering with local deduplication, rate limits and conversations, without recording questions and votes; next try in {RetrySeconds} s")]
    public static partial void StoreOut(ILogger logger, string operation, string reason, double retrySeconds);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Information, Message = "PostgreSQL store is back after {Seconds} s: shared state again")]
    public static partial void StoreRecovered(ILogger logger, double seconds);

    [LoggerMessage(EventId = 6020, Level = LogLevel.Debug, Message = "PostgreSQL store: pruned {Deleted} rows of {Table}")]
    public static partial void Pruned(ILogger logger, int deleted, string table);
}
