namespace CareerBot.Discord.Gateway;

internal sealed record HelloData(int HeartbeatInterval);
