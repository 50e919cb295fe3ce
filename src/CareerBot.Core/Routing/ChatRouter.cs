using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.Routing;

/// <summary>
/// The core's entry point: parses the request (grammar or free text), looks the handler up by name and
/// runs it on one knowledge snapshot. An unexpected failure becomes a logged error and a polite reply.
/// </summary>
internal sealed class ChatRouter : IChatResponder
{
    private readonly KnowledgeHost _knowledge;
    private readonly Dictionary<string, ICommandHandler> _handlers;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ChatRouter> _logger;
    private readonly QuestionOptions _questions;
    private readonly IConversationMemory _conversations;

    public ChatRouter(
        KnowledgeHost knowledge,
        IEnumerable<ICommandHandler> handlers,
        IOptions<QuestionOptions> questions,
        TimeProvider timeProvider,
        ILogger<ChatRouter> logger,
        IConversationMemory conversations)
    {
        ArgumentNullException.ThrowIfNull(questions);
        _questions = questions.Value;
        _knowledge = knowledge;
        // The last registration of a name wins, so a team can replace a built-in handler.
        _handlers = handlers.GroupBy(h => h.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        _timeProvider = timeProvider;
        _logger = logger;
        _conversations = conversations;
    }

    /// <summary>How a question is routed and searched (<c>careerbot ask --explain</c>), for tuning knowledge.</summary>
    public string Explain(string text)
    {
        var snapshot = _knowledge.Current;
        var command = CommandParser.Parse(text, snapshot);
        return $"route: {command.Name}{(command.Explicit ? " (command)" : " (free text)")}; argument: {command.Corrected}\n{snapshot.Index.Explain(command.Argument)}{SemanticExplain.Describe(snapshot, command.Argument)}";
    }

    public async ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _timeProvider.GetTimestamp();
        if (Refusal(request) is { } refusal)
        {
            return refusal;
        }

        try
        {
            if (SmallTalk.ReplyTo(MentionMarkup.Strip(request.Text)) is { } smallTalk)
            {
                return smallTalk;
            }

            var snapshot = _knowledge.Current;
            // The marks of UserText are the core's own: a user cannot type one into a reply.
            var asked = request with { Text = UserText.Unmark(request.Text) };
            // A follow-up that lacks a subject ("and for lead?") takes the conversation's previous one.
            var turn = await _conversations.BeginAsync(asked, CommandParser.Parse(asked.Text, snapshot), snapshot, text => CommandParser.Parse(text, snapshot), cancellationToken);
            var command = turn.Command;
            var handler = _handlers.TryGetValue(command.Name, out var found) ? found : _handlers[CommandNames.Ask];
            var reply = Lookups.ScopeReply.Check(command, snapshot) ?? await handler.HandleAsync(command, snapshot, cancellationToken);
            reply = await _conversations.CompleteAsync(turn, reply, snapshot, cancellationToken);
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

    /// <summary>The polite answer to a question the core does not take (unreadable or too long), else null.</summary>
    private Reply? Refusal(ChatRequest request)
    {
        var text = request.Text ?? string.Empty;
        if (!QuestionCheck.IsReadable(text))
        {
            Log.Refused(_logger, request.Platform, "unreadable");
            return ReplyFactory.Unreadable();
        }

        if (QuestionCheck.IsTooLong(text, _questions))
        {
            Log.Refused(_logger, request.Platform, "too_long");
            return ReplyFactory.TooLong(_questions.MaxCharacters, _questions.MaxWords);
        }

        return null;
    }
}
