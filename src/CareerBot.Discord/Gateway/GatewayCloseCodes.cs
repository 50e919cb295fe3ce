namespace CareerBot.Discord.Gateway;

/// <summary>What each gateway close code means for the next connection, and what to fix for the fatal ones.</summary>
internal static class GatewayCloseCodes
{
    public static ReconnectAction Classify(int? code) => code switch
    {
        4003 or 4007 or 4009 => ReconnectAction.Identify,
        4004 or (>= 4010 and <= 4014) => ReconnectAction.Fatal,
        _ => ReconnectAction.Resume,
    };

    /// <summary>The message for a fatal code: what went wrong and where to fix it.</summary>
    public static string WhatToFix(int code) => code switch
    {
        4004 => "the gateway rejected the bot token (close 4004 Authentication failed). Reset the token on the Bot page of the developer portal and set Discord__BotToken.",
        4010 => "the gateway rejected the shard (close 4010 Invalid shard). Check Discord__ShardId and Discord__ShardCount: ShardId must be below ShardCount.",
        4011 => "the bot is in too many servers for one connection (close 4011 Sharding required). Leave Discord__ShardCount empty to use Discord's recommended count, or raise it.",
        4012 => "the gateway rejected the API version (close 4012 Invalid API version). This build speaks gateway v10; update CareerBot.",
        4013 => "the gateway rejected the intents (close 4013 Invalid intents). This is a CareerBot bug; please report it.",
        4014 => "the gateway refused a privileged intent (close 4014 Disallowed intents). Welcomes need 'Server Members Intent': turn it on under Bot > Privileged Gateway Intents in the developer portal, or set Discord__Welcomes=false.",
        _ => $"the gateway closed the connection with code {code}.",
    };
}
