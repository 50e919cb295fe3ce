using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Slack.Rendering;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Answers;

/// <summary>
/// Asks the core and renders its reply for Slack. This is the boundary where an unexpected failure of the core
/// becomes a logged error and a polite message instead of silence.
/// </summary>
internal sealed class SlackAnswerer(IChatResponder responder, BlockKitRenderer renderer, ILogger<SlackAnswerer> logger)
{
    public const string Platform = "slack";

    /// <summary>Shown when the core fails; says what to do next.</summary>
    public static SlackMessage Failure { get; } = Notice(
        ":warning: Sorry, CareerBot could not answer that just now. Please try again in a moment, or try `/career help`.");

    /// <summary>Shown when the bot is too busy to take the question.</summary>
    public static SlackMessage Busy { get; } = Notice(
        ":hourglass: CareerBot is busy right now. Please ask again in a minute.");

    /// <summary>
    /// Stands for "send nothing": the user is over the rate limit and already has the notice. Compared by reference.
    /// </summary>
    public static SlackMessage Nothing { get; } = new(string.Empty, []);

    /// <param name="text">The user's words as plain text (already decoded from Slack's escaping).</param>
    /// <param name="conversationId">The conversation a follow-up continues (<see cref="Core.Conversations.ConversationIds"/>), or null.</param>
    public async Task<SlackMessage> AnswerAsync(
        string text, string? userId, string? conversationId, RenderOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await responder.RespondAsync(new ChatRequest(text, Platform, userId, conversationId), cancellationToken);
            return reply.Delivery == ReplyDelivery.Suppress ? Nothing : renderer.Render(reply, options);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            Log.AnswerFailed(logger, ex);
            return Failure;
        }
    }

    private static SlackMessage Notice(string mrkdwn) =>
        new(mrkdwn, [new SectionBlock(TextObject.Mrkdwn(mrkdwn))]);
}
