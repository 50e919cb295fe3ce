using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.SocketMode;

internal static partial class Log
{
    [LoggerMessage(EventId = 3601, Level = LogLevel.Information, Message = "Socket Mode connected ({Connections} connections open)")]
    public static partial void Connected(ILogger logger, int connections);

    [LoggerMessage(EventId = 3602, Level = LogLevel.Information, Message = "Socket Mode: Slack asked to disconnect ({Reason})")]
    public static partial void DisconnectRequested(ILogger logger, string reason);

    [LoggerMessage(EventId = 3603, Level = LogLevel.Warning, Message = "Socket Mode connection dropped: {Detail}")]
    public static partial void Dropped(ILogger logger, string detail);

    [LoggerMessage(EventId = 3604, Level = LogLevel.Warning, Message = "Socket Mode could not connect: {Detail}")]
    public static partial void ConnectFailed(ILogger logger, string detail);

    [LoggerMessage(EventId = 3605, Level = LogLevel.Information, Message = "Socket Mode reconnecting after {Reason} in {Delay}")]
    public static partial void Reconnecting(ILogger logger, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 3606, Level = LogLevel.Warning, Message = "Socket Mode: could not acknowledge envelope {EnvelopeId}: {Detail}")]
    public static partial void AckFailed(ILogger logger, string envelopeId, string detail);

    [LoggerMessage(EventId = 3607, Level = LogLevel.Information, Message = "Socket Mode: acknowledged replayed {Type} envelope {EnvelopeId} without handling it again")]
    public static partial void DuplicateEnvelope(ILogger logger, string type, string envelopeId);

    [LoggerMessage(EventId = 3608, Level = LogLevel.Debug, Message = "Socket Mode: acknowledged unknown envelope type {Type}")]
    public static partial void UnknownEnvelope(ILogger logger, string type);

    [LoggerMessage(EventId = 3609, Level = LogLevel.Warning, Message = "Socket Mode: malformed {Type} envelope")]
    public static partial void MalformedEnvelope(ILogger logger, string type);

    [LoggerMessage(EventId = 3610, Level = LogLevel.Warning, Message = "Socket Mode: a frame was not JSON")]
    public static partial void UnreadableFrame(ILogger logger);

    [LoggerMessage(EventId = 3611, Level = LogLevel.Information, Message = "Slack re-sent event {EventId} (attempt {Attempt}, reason {Reason})")]
    public static partial void EventRetried(ILogger logger, string? eventId, int attempt, string? reason);

    [LoggerMessage(EventId = 3612, Level = LogLevel.Error, Message = "Socket Mode: handling an envelope failed")]
    public static partial void DispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3613, Level = LogLevel.Warning, Message = "Socket Mode: left {Type} envelope {EnvelopeId} unacknowledged: the work queue is full, Slack will send it again")]
    public static partial void EnvelopeRefused(ILogger logger, string type, string envelopeId);

    [LoggerMessage(EventId = 3614, Level = LogLevel.Warning, Message = "Socket Mode: the answer to a {Command} command was dropped ({Reason})")]
    public static partial void SlashAnswerDropped(ILogger logger, string command, string reason);

    [LoggerMessage(EventId = 3615, Level = LogLevel.Warning, Message = "Socket Mode: too many slash commands at once; answered a {Command} command with the busy notice")]
    public static partial void SlashCommandsBusy(ILogger logger, string command);
}
