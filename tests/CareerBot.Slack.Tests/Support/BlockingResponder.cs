using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Slack.Tests;

/// <summary>An engine that answers synchronously, holding the caller's thread until the test releases it (the core's real shape, slowed).</summary>
internal sealed class BlockingResponder : IChatResponder, IDisposable
{
    private readonly ManualResetEventSlim _gate = new();

    public void Release() => _gate.Set();

    public ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        _gate.Wait(cancellationToken);
        return ValueTask.FromResult(new Reply(Intent.Ask, true, "Slow answer", [ReplyBlock.Prose("You asked: " + request.Text)], null, [], [], []));
    }

    public void Dispose()
    {
        _gate.Set();
        _gate.Dispose();
    }
}
