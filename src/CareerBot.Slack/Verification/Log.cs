using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Verification;

internal static partial class Log
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Rejected a Slack request to {Path}: {Reason}")]
    public static partial void SignatureRejected(ILogger logger, PathString path, SignatureCheck reason);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Rejected a Slack request to {Path}: the body is larger than {MaxBytes} bytes")]
    public static partial void BodyTooLarge(ILogger logger, PathString path, int maxBytes);

    // A client that never sends its body is an everyday occurrence (and an easy way to fill logs): one line, no trace.
    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Gave up on a Slack request to {Path}: the body did not arrive in time (status {StatusCode})")]
    public static partial void BodyNotReceived(ILogger logger, string path, int statusCode);
}
