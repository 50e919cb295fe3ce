namespace CareerBot.Core.Conversations;

/// <summary>
/// Where conversation subjects are kept between questions, by conversation key. The store owns expiry:
/// a state older than its time to live is never returned. In memory today; a shared database lets
/// several replicas follow one conversation.
/// </summary>
public interface IConversationStore
{
    /// <summary>The conversation's last subject, or null when there is none or it expired.</summary>
    ValueTask<ConversationState?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Keeps <paramref name="state"/> as the conversation's subject, for the time to live from now.</summary>
    ValueTask SetAsync(string key, ConversationState state, CancellationToken cancellationToken);
}
