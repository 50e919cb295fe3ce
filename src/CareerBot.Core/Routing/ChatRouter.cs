using CareerBot.Core.Replies;

namespace CareerBot.Core.Routing;

/// <summary>Skeleton router; the engine work replaces it.</summary>
public sealed class ChatRouter : IChatResponder, ITopicSuggester
{
    public ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new Reply(Intent.Help, true, "CareerBot", [ReplyBlock.Prose("skeleton")], null, [], [], []));

    public IReadOnlyList<TopicSuggestion> Suggest(string typedSoFar, int max) => [];
}
