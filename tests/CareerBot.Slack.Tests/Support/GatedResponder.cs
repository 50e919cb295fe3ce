using System.Collections.Concurrent;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Slack.Tests;

/// <summary>
/// An answer engine that holds every question until the test opens the gate, so a test can see what happens
/// before any work is done (acknowledgements) and what happens when the answer is slow.
/// </summary>
public sealed class GatedResponder : IChatResponder
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<ChatRequest> _requests = new();

    public IReadOnlyList<ChatRequest> Requests => [.. _requests];

    public void Open() => _gate.TrySetResult();

    public async ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        await _gate.Task.WaitAsync(cancellationToken);
        return new Reply(Intent.Ask, true, "Gated answer", [ReplyBlock.Prose("You asked: " + request.Text)], null, [], [], [new("Salaries", "salary")]);
    }
}
