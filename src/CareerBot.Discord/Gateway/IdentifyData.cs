namespace CareerBot.Discord.Gateway;

internal sealed record IdentifyData(string Token, IdentifyProperties Properties, int Intents, int[] Shard);
