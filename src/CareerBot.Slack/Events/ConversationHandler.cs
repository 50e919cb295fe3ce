using CareerBot.Slack.Answers;
using CareerBot.Slack.Hosting;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.WebApi;

namespace CareerBot.Slack.Events;

/// <summary>Answers a mention in its thread, and a DM in the DM.</summary>
internal sealed class ConversationHandler(SlackAnswerer answerer, SlackWebApiClient api, SlackIdentity identity)
{
    public async Task AnswerMentionAsync(SlackMessageEvent message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var answer = await AnswerAsync(message, cancellationToken);
        if (ReferenceEquals(answer, SlackAnswerer.Nothing))
        {
            return;
        }

        await api.PostMessageAsync(PostMessageRequest.From(message.Channel!, answer, message.ReplyThreadTs), cancellationToken);
    }

    public async Task AnswerDirectMessageAsync(SlackMessageEvent message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var answer = await AnswerAsync(message, cancellationToken);
        if (ReferenceEquals(answer, SlackAnswerer.Nothing))
        {
            return;
        }

        await api.PostMessageAsync(PostMessageRequest.From(message.Channel!, answer, message.ThreadTs), cancellationToken);
    }

    private Task<SlackMessage> AnswerAsync(SlackMessageEvent message, CancellationToken cancellationToken)
    {
        var question = MentionText.ToQuestion(message.Text, identity.Current?.UserId);
        return answerer.AnswerAsync(question, message.User, message.Channel, RenderOptions.None, cancellationToken);
    }
}
