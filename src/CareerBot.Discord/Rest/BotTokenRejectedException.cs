namespace CareerBot.Discord.Rest;

/// <summary>
/// Discord rejected the bot token with 401. Every later call that needs the token fails with this at once,
/// without reaching Discord, so repeated 401s never add up to the invalid-request IP ban.
/// </summary>
public sealed class BotTokenRejectedException : Exception
{
    public BotTokenRejectedException()
        : base("Discord rejected the bot token (401 Unauthorized). Reset the token on the Bot page of the developer portal and set Discord__BotToken.")
    {
    }

    public BotTokenRejectedException(string message)
        : base(message)
    {
    }

    public BotTokenRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
