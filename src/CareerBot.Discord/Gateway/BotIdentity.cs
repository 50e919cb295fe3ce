namespace CareerBot.Discord.Gateway;

/// <summary>The bot's own user id from READY: mention detection and ignoring its own messages.</summary>
internal sealed class BotIdentity
{
    private string? _userId;

    public string? UserId
    {
        get => Volatile.Read(ref _userId);
        set => Volatile.Write(ref _userId, value);
    }
}
