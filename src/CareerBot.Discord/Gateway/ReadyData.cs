using CareerBot.Discord.Serialization;

namespace CareerBot.Discord.Gateway;

/// <summary>The parts of READY the bot keeps: the session to resume and its own user (for mention detection).</summary>
internal sealed record ReadyData(string? SessionId, string? ResumeGatewayUrl, DiscordUser? User);
