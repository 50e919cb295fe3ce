using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Interactions;

internal static partial class Log
{
    [LoggerMessage(EventId = 2300, Level = LogLevel.Information, Message = "Answer not ready after {ElapsedMs} ms (command of {Length} chars); deferring and editing the answer in later")]
    public static partial void Deferring(ILogger logger, int length, double elapsedMs);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "Could not send the apology for a failed interaction ({Error})")]
    public static partial void ApologyFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Error, Message = "Could not answer an interaction of type {Type} (state {State}); the user gets an apology when nothing was answered yet")]
    public static partial void InteractionFailed(ILogger logger, Exception exception, int type, InteractionState state);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Debug, Message = "Interaction of type {Type} cancelled by shutdown")]
    public static partial void InteractionCancelled(ILogger logger, int type);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Warning, Message = "Interaction type {Type} is not handled")]
    public static partial void UnsupportedInteraction(ILogger logger, int type);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Warning, Message = "Unknown command '{Name}': the registered commands are out of date; run careerbot discord register-commands")]
    public static partial void UnknownCommand(ILogger logger, string? name);

    [LoggerMessage(EventId = 2306, Level = LogLevel.Information, Message = "A button was clicked whose command is no longer known")]
    public static partial void ExpiredButton(ILogger logger);

    [LoggerMessage(EventId = 2307, Level = LogLevel.Warning, Message = "Topic suggestions failed; answering autocomplete with no choices")]
    public static partial void SuggestFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2308, Level = LogLevel.Warning, Message = "Rejected an interaction request: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 2309, Level = LogLevel.Warning, Message = "Stopping with {Count} interaction answers still being worked on; they are cancelled")]
    public static partial void InteractionsAbandoned(ILogger logger, int count);

    [LoggerMessage(EventId = 2310, Level = LogLevel.Warning, Message = "An interaction ended without a first answer; answered with an apology")]
    public static partial void AnsweredWithApology(ILogger logger);

    // A client that never sends its body is an everyday occurrence (and an easy way to fill logs): one line, no trace.
    [LoggerMessage(EventId = 2311, Level = LogLevel.Information, Message = "Gave up on an interaction request: the body did not arrive in time (status {StatusCode})")]
    public static partial void BodyNotReceived(ILogger logger, int statusCode);
}
