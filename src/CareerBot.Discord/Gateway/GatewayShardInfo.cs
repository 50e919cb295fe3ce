namespace CareerBot.Discord.Gateway;

/// <summary>Which shard a connection serves: <c>[id, count]</c> in Identify.</summary>
internal sealed record GatewayShardInfo(int Id, int Count);
