using CareerBot.Adapters.Feedback;
using CareerBot.Adapters.Replies;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Slack.Rendering;

namespace CareerBot.Slack.Answers;

/// <summary>
/// Asks the core and renders its reply for Slack. The core never throws (it answers its own failures politely); what
/// fails around it is caught once, where each path ends: the endpoint, the Socket Mode task or the queue's worker.
/// </summary>
internal sealed class SlackAnswerer(IChatResponder responder, BlockKitRenderer renderer)
{
    public const string Platform = "slack";

    /// <summary>Shown when answering fails; says what to do next.</summary>
    public static SlackMessage Failure { get; } = Notice(
        $":warning: {ReplyPolicy.Apology} Or try `/career help`.");

    /// <summary>Shown when the bot is too busy to take the question.</summary>
    public static SlackMessage Busy { get; } = Notice(
        ":hourglass: CareerBot is busy right now. Please ask again in a minute.");

    /// <summary>
    /// Stands for "send nothing": the user is over the rate limit and already has the notice. Compared by reference.
    /// </summary>
    public static SlackMessage Nothing { get; } = new(string.Empty, []);

    /// <param name="text">The user's words as plain text (already decoded from Slack's escaping).</param>
    /// <param name="conversationId">The conversation a follow-up continues (<see cref="Core.Conversations.ConversationIds"/>), or null.</param>
    /// <param name="share">Set when the answer re-runs a shared one ("Share in channel"): not recorded as a new question.</param>
    public async Task<SlackMessage> AnswerAsync(
        string text, string? userId, string? conversationId, RenderOptions options, CancellationToken cancellationToken, SharedAnswer? share = null)
    {
        var request = new ChatRequest(text, Platform, userId, conversationId) { IsShare = share is not null, SharedAnswerId = share?.AnswerId };
        var reply = await responder.RespondAsync(request, cancellationToken);
        return reply.Delivery == ReplyDelivery.Suppress ? Nothing : renderer.Render(reply, options);
    }

    private static SlackMessage Notice(string mrkdwn) =>
        new(mrkdwn, [new SectionBlock(TextObject.Mrkdwn(mrkdwn))]);
}
