using Microsoft.Extensions.Logging;

namespace CareerBot.Storage;

/// <summary>The store's log lines (event ids 5000-5999): counts and kinds only, never question text or user hashes.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, EventName = "StoreOpened", Message = "Store opened: {Path}, schema version {Version} (was {Previous}), questions recorded: {RecordQuestions}")]
    public static partial void Opened(ILogger logger, string path, int version, int previous, bool recordQuestions);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, EventName = "StoreBatchRetried", Message = "A batch of {Count} writes failed ({Error}); retrying them one by one")]
    public static partial void BatchRetried(ILogger logger, int count, string error);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, EventName = "StoreWriteFailed", Message = "A write to the store failed")]
    public static partial void WriteFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, EventName = "StoreRetention", Message = "Retention: deleted {Count} questions older than {Days} days")]
    public static partial void RetentionDeleted(ILogger logger, int count, int days);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Error, EventName = "StoreRetentionFailed", Message = "Retention: deleting old questions failed; retrying at the next run")]
    public static partial void RetentionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, EventName = "StoreDrained", Message = "Store closed: every queued write committed")]
    public static partial void Drained(ILogger logger);
}
