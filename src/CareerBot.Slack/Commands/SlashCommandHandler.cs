using CareerBot.Core.Conversations;
using CareerBot.Slack.Answers;
using CareerBot.Slack.Configuration;
using CareerBot.Slack.Queue;
using CareerBot.Slack.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Commands;

/// <summary>
/// Answers <c>/career</c> within Slack's three seconds: the answer is returned when it is ready within the budget
/// (it normally is), otherwise it is handed to the queue and goes to the <c>response_url</c> when ready.
/// </summary>
internal sealed class SlashCommandHandler(
    SlackAnswerer answerer,
    SlackWorkQueue queue,
    IOptions<SlackOptions> options,
    TimeProvider timeProvider,
    WorkAbandonment abandonment,
    ILogger<SlashCommandHandler> logger)
{
    /// <summary>The answer, or null when it will arrive through the response_url (or there is none to send).</summary>
    public async Task<SlackMessage?> HandleAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var question = SlackText.Decode(command.Text).Trim();
        var shareCommand = SlackIds.IsDirectMessage(command.ChannelId) ? null : question.Length == 0 ? "help" : question;
        Log.SlashCommand(logger, command.Command, command.ChannelId);

        // The answer may outlive this request (it then goes to the response_url through the queue), so it is cancelled
        // only when queued work is abandoned, not as soon as the host starts stopping. It runs off this request: the core
        // answers synchronously, and the budget below can only take effect while the answer is worked out elsewhere
        // (on both paths, the HTTP endpoint and Socket Mode).
        // Everyone's /career in a channel is their own conversation: a follow-up continues the same person's question.
        var conversationId = ConversationIds.Person(command.ChannelId, command.UserId);
        var answer = Task.Run(
            () => answerer.AnswerAsync(question, command.UserId, conversationId, new RenderOptions(shareCommand), abandonment.Token),
            CancellationToken.None);
        try
        {
            var message = await answer.WaitAsync(options.Value.SlashCommandBudget, timeProvider, cancellationToken);

            // Over the rate limit with the notice already given: an empty acknowledgement shows nothing.
            return ReferenceEquals(message, SlackAnswerer.Nothing) ? null : message;
        }
        catch (TimeoutException)
        {
            if (command.ResponseUrl is { } responseUrl && queue.TryEnqueue(new DeferredAnswerWork(responseUrl, answer)))
            {
                Log.SlashCommandDeferred(logger, command.Command);
                return null;
            }

            return SlackAnswerer.Busy;
        }
    }
}
