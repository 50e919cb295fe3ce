using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Conversations;

/// <summary>
/// The router's one seam into conversation context: before answering, a follow-up that lacks a subject takes
/// the conversation's previous one; after answering, the answered subject is remembered.
/// </summary>
internal interface IConversationMemory
{
    /// <param name="request">The question; without a <see cref="ChatRequest.ConversationId"/> nothing is remembered.</param>
    /// <param name="command">How the question routes on its own.</param>
    /// <param name="snapshot">The knowledge the question is answered from.</param>
    /// <param name="parse">The router's parser, for a resolved follow-up.</param>
    ValueTask<ConversationTurn> BeginAsync(ChatRequest request, BotCommand command, KnowledgeSnapshot snapshot, Func<string, BotCommand> parse, CancellationToken cancellationToken);

    /// <summary>Remembers what was answered and returns the reply to send (an honest "I don't know" when a
    /// follow-up asked for something the answer does not state).</summary>
    ValueTask<Reply> CompleteAsync(ConversationTurn turn, Reply reply, KnowledgeSnapshot snapshot, CancellationToken cancellationToken);
}
