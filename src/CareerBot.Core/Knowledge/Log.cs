using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Knowledge;

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Knowledge loaded from {Root}: {Documents} documents, {Sections} sections indexed in {ElapsedMs:F0} ms")]
    public static partial void KnowledgeLoaded(ILogger logger, string root, int documents, int sections, double elapsedMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Knowledge reloaded from {Root}: {Documents} documents, {Sections} sections indexed in {ElapsedMs:F0} ms")]
    public static partial void KnowledgeReloaded(ILogger logger, string root, int documents, int sections, double elapsedMs);

    // The same text as the start-up error ("file: field: problem"), once per bad edit.
    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Knowledge reload failed, still serving the previous knowledge: {Error}")]
    public static partial void ReloadRejected(ILogger logger, string error);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Knowledge reload failed, still serving the previous knowledge; will try again on the next change")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Watching {Root} for knowledge edits (file events, and a check every {PollSeconds} s)")]
    public static partial void Watching(ILogger logger, string root, double pollSeconds);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "File events are not available for {Root} ({Reason}); edits are found by the check every {PollSeconds} s")]
    public static partial void WatcherUnavailable(ILogger logger, string root, string reason, double pollSeconds);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Semantic search ready: {Sections} sections and {Examples} example questions embedded in {ElapsedMs:F0} ms")]
    public static partial void SemanticReady(ILogger logger, int sections, int examples, double elapsedMs);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Error, Message = "The sentence-embedding model could not load; answering with lexical search only")]
    public static partial void SemanticFailed(ILogger logger, Exception exception);
}
