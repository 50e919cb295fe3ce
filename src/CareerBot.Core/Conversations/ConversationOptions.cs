namespace CareerBot.Core.Conversations;

/// <summary>
/// How long and for how many conversations the bot remembers what was last asked (section <c>Conversation</c>:
/// <c>Conversation__MaxConversations</c>, <c>Conversation__Ttl</c>).
/// </summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    public const int MaxConversationsLimit = 1_000_000;

    public static readonly TimeSpan MinTtl = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan MaxTtl = TimeSpan.FromDays(1);

    /// <summary>How many conversations are remembered at once; past that the least recently used is forgotten.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>How long after its last answered question a conversation's subject is kept for follow-ups.</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromMinutes(10);
}
