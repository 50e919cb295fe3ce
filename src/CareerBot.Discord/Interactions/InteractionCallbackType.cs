namespace CareerBot.Discord.Interactions;

internal static class InteractionCallbackType
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;

    /// <summary>Acknowledges a component interaction without changing its message or showing anything.</summary>
    public const int DeferredUpdateMessage = 6;
    public const int AutocompleteResult = 8;
}
