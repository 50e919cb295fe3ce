using CareerBot.Core.Routing;

namespace CareerBot.Core.Conversations;

/// <summary>
/// One question in a conversation, between <see cref="IConversationMemory.BeginAsync"/> and
/// <see cref="IConversationMemory.CompleteAsync"/>: the command to answer (the follow-up resolved, or the
/// question as asked) and what the memory needs to finish the turn.
/// </summary>
internal sealed class ConversationTurn
{
    internal ConversationTurn(string? key, BotCommand command, ConversationState? previous = null, FollowUp? followUp = null)
    {
        Key = key;
        Command = command;
        Previous = previous;
        FollowUp = followUp;
    }

    /// <summary>The command to answer.</summary>
    public BotCommand Command { get; }

    /// <summary>True when the question lacked a subject and took the conversation's previous one.</summary>
    public bool IsFollowUp => FollowUp is not null;

    internal string? Key { get; }

    internal ConversationState? Previous { get; }

    internal FollowUp? FollowUp { get; }
}
