using CareerBot.Core.Replies;

namespace CareerBot.Core.Routing;

/// <summary>The one entry point adapters call: a request in, a reply out. Never throws for bad input.</summary>
public interface IChatResponder
{
    ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken);
}
