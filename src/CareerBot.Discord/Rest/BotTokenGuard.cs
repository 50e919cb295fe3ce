using CareerBot.Adapters.Hosting;

namespace CareerBot.Discord.Rest;

/// <summary>Remembers that Discord rejected the bot token; shared by every handler chain the client factory builds.</summary>
internal sealed class BotTokenGuard(FatalStop fatalStop)
{
    private int _rejected;

    public bool IsRejected => Volatile.Read(ref _rejected) == 1;

    /// <summary>The first 401 stops the adapter with a message that says what to fix.</summary>
    public void Reject()
    {
        if (Interlocked.Exchange(ref _rejected, 1) == 0)
        {
            fatalStop.Stop("Discord rejected the bot token (401 Unauthorized). Reset the token on the Bot page of the developer portal and set Discord__BotToken; CareerBot stops rather than keep sending a rejected token");
        }
    }
}
