namespace CareerBot.Discord.Rest;

internal sealed record CreatedMessage(string? Id, string? ChannelId);
