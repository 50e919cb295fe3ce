using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Knowledge;

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Knowledge loaded from {Root}: {Documents} documents, {Sections} sections indexed in {ElapsedMs:F0} ms")]
    public static partial void KnowledgeLoaded(ILogger logger, string root, int documents, int sections, double elapsedMs);
}
