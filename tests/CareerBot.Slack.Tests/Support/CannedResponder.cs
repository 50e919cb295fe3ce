using System.Collections.Concurrent;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Slack.Tests;

/// <summary>An answer engine that answers with a reply built from the question (e.g. echoing it), or throws.</summary>
public sealed class CannedResponder(Func<ChatRequest, Reply> answer) : IChatResponder
{
    private readonly ConcurrentQueue<ChatRequest> _requests = new();

    public IReadOnlyList<ChatRequest> Requests => [.. _requests];

    /// <summary>Echoes the question in the title and the body, the way a careless engine might.</summary>
    public static CannedResponder Echo() => new(request => new Reply(
        Intent.Ask, true, "You asked: " + request.Text, [ReplyBlock.Prose("Echo: " + request.Text)], null, [], [], []));

    public static CannedResponder Throwing() => new(_ => throw new InvalidOperationException("engine exploded"));

    public ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        return ValueTask.FromResult(answer(request));
    }
}
