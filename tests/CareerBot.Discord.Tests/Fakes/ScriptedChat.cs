using System.Collections.Concurrent;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// Stands in for the answer engine where a test needs control: records each request, answers with a reply
/// naming the text it got, and can be held (<see cref="Hold"/>) to play a slow engine, or made to throw.
/// </summary>
internal sealed class ScriptedChat : IChatResponder, ITopicSuggester
{
    private readonly ConcurrentQueue<ChatRequest> _requests = new();
    private TaskCompletionSource? _hold;

    public IReadOnlyList<ChatRequest> Requests => _requests.ToArray();

    public IReadOnlyList<FollowUp> FollowUps { get; set; } = [new("Senior salary", "salary senior"), new("Help", "help")];

    public IReadOnlyList<TopicSuggestion> Topics { get; set; } = [];

    public Exception? Failure { get; set; }

    public static Reply AnswerTo(string text, IReadOnlyList<FollowUp> followUps) => new(
        Intent.Ask,
        true,
        $"Answer: {text}",
        [ReplyBlock.Prose($"You asked: {text}"), ReplyBlock.List("Steps:", ["learn", "build"])],
        null,
        [new ReplyField("Range", "$1-$2")],
        [new SourceRef("Guide", "Salaries", 1.0)],
        followUps);

    /// <summary>Answers wait until <see cref="Release"/>.</summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold?.TrySetResult();

    public async ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        if (_hold is { } waiting)
        {
            await waiting.Task.WaitAsync(cancellationToken);
        }

        return Failure is { } failure ? throw failure : AnswerTo(request.Text, FollowUps);
    }

    public IReadOnlyList<TopicSuggestion> Suggest(string typedSoFar, int max) =>
        Topics.Where(t => t.Label.Contains(typedSoFar, StringComparison.OrdinalIgnoreCase)).Take(max).ToList();
}
