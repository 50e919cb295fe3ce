namespace CareerBot.Discord.Gateway;

/// <summary>The gateway intents the bot asks for; no MESSAGE_CONTENT: mentions and DMs carry their text anyway.</summary>
[Flags]
internal enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMembers = 1 << 1,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,
}
