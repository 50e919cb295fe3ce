using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Routing;

/// <summary>
/// The core's entry point: parses the request (grammar or free text), looks the handler up by name and
/// runs it on one knowledge snapshot. An unexpected failure becomes a logged error and a polite reply.
/// </summary>
public sealed class ChatRouter : IChatResponder
{
    private readonly KnowledgeHost _knowledge;
    private readonly Dictionary<string, ICommandHandler> _handlers;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ChatRouter> _logger;

    public ChatRouter(KnowledgeHost knowledge, IEnumerable<ICommandHandler> handlers, TimeProvider timeProvider, ILogger<ChatRouter> logger)
    {
        _knowledge = knowledge;
        // The last registration of a name wins, so a team can replace a built-in handler.
        _handlers = handlers.GroupBy(h => h.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>How a question is routed and searched (<c>careerbot ask --explain</c>), for tuning knowledge.</summary>
    public string Explain(string text)
    {
        var snapshot = _knowledge.Current;
        var command = CommandParser.Parse(text, snapshot);
        return $"route: {command.Name}{(command.Explicit ? " (command)" : " (free text)")}; argument: {command.Corrected}\n{snapshot.Index.Explain(command.Argument)}";
    }

    public async ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _timeProvider.GetTimestamp();
        try
        {
            if (SmallTalk.ReplyTo(MentionMarkup.Strip(request.Text)) is { } smallTalk)
            {
                return smallTalk;
            }

            var snapshot = _knowledge.Current;
            var command = CommandParser.Parse(request.Text, snapshot);
            var handler = _handlers.TryGetValue(command.Name, out var found) ? found : _handlers[CommandNames.Ask];
            var reply = await handler.HandleAsync(command, snapshot, cancellationToken).ConfigureAwait(false);
            Log.Answered(_logger, request.Platform, command.Name, reply.Answered, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
            return reply;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The router is the boundary: any failure becomes a polite reply, never a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.Failed(_logger, ex, request.Platform);
            return ReplyFactory.Error();
        }
    }
}
