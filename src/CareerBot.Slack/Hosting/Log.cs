using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Hosting;

internal static partial class Log
{
    [LoggerMessage(EventId = 3701, Level = LogLevel.Critical,
        Message = "Slack rejected the token in {Setting} ({Method}: {Error}). Fix it (environment variable {EnvironmentVariable}) and start CareerBot again; stopping now")]
    public static partial void TokenRejected(ILogger logger, string setting, string method, string error, string environmentVariable);

    [LoggerMessage(EventId = 3702, Level = LogLevel.Information, Message = "Connected to Slack as bot user {UserId} in team {TeamId}")]
    public static partial void Identified(ILogger logger, string userId, string? teamId);
}
