using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Knowledge;

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Knowledge loaded from {Root}: {Documents} documents, {Sections} sections indexed in {ElapsedMs:F0} ms")]
    public static partial void KnowledgeLoaded(ILogger logger, string root, int documents, int sections, double elapsedMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Semantic search ready: {Sections} sections and {Examples} example questions embedded in {ElapsedMs:F0} ms")]
    public static partial void SemanticReady(ILogger logger, int sections, int examples, double elapsedMs);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "The sentence-embedding model could not load; answering with lexical search only")]
    public static partial void SemanticFailed(ILogger logger, Exception exception);
}
