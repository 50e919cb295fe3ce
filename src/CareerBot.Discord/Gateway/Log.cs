using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Gateway;

internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Starting the Discord gateway: {Shards} shard(s) of {ShardCount}, intents {Intents}")]
    public static partial void Starting(ILogger logger, int shards, int shardCount, int intents);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Shard {ShardId}: sending {Handshake} (last sequence {Sequence})")]
    public static partial void Handshake(ILogger logger, int shardId, string handshake, long? sequence);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Shard {ShardId}/{ShardCount}: READY as user {UserId}")]
    public static partial void Ready(ILogger logger, int shardId, int shardCount, string? userId);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Shard {ShardId}: RESUMED at sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, int shardId, long? sequence);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Shard {ShardId}: reconnecting ({Reason}) with {Handshake} in {DelayMs} ms")]
    public static partial void Reconnecting(ILogger logger, int shardId, string reason, string handshake, double delayMs);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "Shard {ShardId}: could not connect: {Reason}")]
    public static partial void ConnectFailed(ILogger logger, int shardId, string reason);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Warning, Message = "Shard {ShardId}: the gateway closed the connection with {Code} '{Description}'; next: {Action}")]
    public static partial void ClosedByGateway(ILogger logger, int shardId, int? code, string? description, ReconnectAction action);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Information, Message = "Shard {ShardId}: closing the connection: {Reason}")]
    public static partial void Interrupted(ILogger logger, int shardId, string reason);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Debug, Message = "Shard {ShardId}: skipped {Type} #{Sequence}, already handled before the Resume")]
    public static partial void ReplayedDispatchSkipped(ILogger logger, int shardId, string? type, long sequence);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Warning, Message = "Shard {ShardId}: ignored an unreadable gateway frame: {Reason}")]
    public static partial void UnreadableFrame(ILogger logger, int shardId, string reason);

    [LoggerMessage(EventId = 2110, Level = LogLevel.Warning, Message = "Shard {ShardId}: waiting {WaitMs} ms before Identify: {Reason}")]
    public static partial void IdentifyWaiting(ILogger logger, int shardId, double waitMs, string reason);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Warning, Message = "GET /gateway/bot failed ({Reason}); trying again in {DelayMs} ms")]
    public static partial void GatewayInfoFailed(ILogger logger, string reason, double delayMs);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Warning, Message = "Handlers are {Capacity} events behind; dropped a {Type} event")]
    public static partial void DispatchDropped(ILogger logger, string type, int capacity);

    [LoggerMessage(EventId = 2113, Level = LogLevel.Error, Message = "Handling {Type} from shard {ShardId} failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string type, int shardId);

    [LoggerMessage(EventId = 2114, Level = LogLevel.Information, Message = "The Discord gateway is off (no bot token, or Discord:Gateway=false): only the HTTP interactions endpoint answers; mentions, DMs and welcomes need the gateway")]
    public static partial void GatewayOff(ILogger logger);

    [LoggerMessage(EventId = 2115, Level = LogLevel.Warning, Message = "All {Workers} handlers are busy and {Capacity} events wait for them; dropped a {Type} event")]
    public static partial void SharedLaneFull(ILogger logger, string type, int workers, int capacity);
}
