using CareerBot.Core.Conversations;
using CareerBot.Slack.Answers;
using CareerBot.Slack.Hosting;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.WebApi;

namespace CareerBot.Slack.Events;

/// <summary>
/// Answers a mention in its thread, and a DM in the DM. The thread is the conversation a follow-up continues
/// (the mention's own <c>ts</c> when it starts the thread the answer goes to); a DM is one conversation.
/// </summary>
internal sealed class ConversationHandler(SlackAnswerer answerer, SlackWebApiClient api, SlackIdentity identity)
{
    public async Task AnswerMentionAsync(SlackMessageEvent message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var answer = await AnswerAsync(message, ConversationIds.Thread(message.Channel, message.ReplyThreadTs), cancellationToken);
        if (ReferenceEquals(answer, SlackAnswerer.Nothing))
        {
            return;
        }

        await api.PostMessageAsync(PostMessageRequest.From(message.Channel!, answer, message.ReplyThreadTs), cancellationToken);
    }

    public async Task AnswerDirectMessageAsync(SlackMessageEvent message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var answer = await AnswerAsync(message, ConversationIds.Place(message.Channel), cancellationToken);
        if (ReferenceEquals(answer, SlackAnswerer.Nothing))
        {
            return;
        }

        await api.PostMessageAsync(PostMessageRequest.From(message.Channel!, answer, message.ThreadTs), cancellationToken);
    }

    private Task<SlackMessage> AnswerAsync(SlackMessageEvent message, string? conversationId, CancellationToken cancellationToken)
    {
        var question = MentionText.ToQuestion(message.Text, identity.Current?.UserId);
        return answerer.AnswerAsync(question, message.User, conversationId, RenderOptions.None, cancellationToken);
    }
}
