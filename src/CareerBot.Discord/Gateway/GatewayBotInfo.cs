namespace CareerBot.Discord.Gateway;

/// <summary><c>GET /gateway/bot</c>: where to connect, how many shards, and the Identify budget.</summary>
internal sealed record GatewayBotInfo(string? Url, int Shards, SessionStartLimit? SessionStartLimit);
