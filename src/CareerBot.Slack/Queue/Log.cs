using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Queue;

internal static partial class Log
{
    [LoggerMessage(EventId = 3301, Level = LogLevel.Debug, Message = "Ignored Slack {Kind} {DeliveryId}")]
    public static partial void EventIgnored(ILogger logger, string kind, string? deliveryId);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Information, Message = "Dropped duplicate Slack {Kind} {DeliveryId}")]
    public static partial void Duplicate(ILogger logger, string kind, string? deliveryId);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Warning, Message = "Refused Slack {Kind} {DeliveryId}: the work queue is full, Slack will deliver it again")]
    public static partial void QueueFull(ILogger logger, string kind, string? deliveryId);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Warning, Message = "Malformed Slack {Kind} event {DeliveryId}")]
    public static partial void MalformedEvent(ILogger logger, string kind, string? deliveryId);

    [LoggerMessage(EventId = 3305, Level = LogLevel.Error, Message = "Handling Slack {Kind} failed")]
    public static partial void WorkFailed(ILogger logger, Exception exception, string kind);

    [LoggerMessage(EventId = 3306, Level = LogLevel.Warning, Message = "Handling Slack {Kind} failed: {Method} answered {Error}")]
    public static partial void WorkApiFailed(ILogger logger, string kind, string method, string error);

    [LoggerMessage(EventId = 3307, Level = LogLevel.Warning, Message = "Slack {Kind} was still queued when the host stopped")]
    public static partial void WorkAbandoned(ILogger logger, string kind);

    [LoggerMessage(EventId = 3308, Level = LogLevel.Warning, Message = "Could not tell the user that Slack {Kind} failed ({Error})")]
    public static partial void ApologyFailed(ILogger logger, string kind, string error);
}
