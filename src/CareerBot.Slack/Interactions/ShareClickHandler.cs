using CareerBot.Adapters.Feedback;
using CareerBot.Core.Conversations;
using CareerBot.Slack.Answers;
using CareerBot.Slack.Queue;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.WebApi;

namespace CareerBot.Slack.Interactions;

/// <summary>
/// "Share in channel": posts the same answer for everyone in the channel, marked with who shared it, then removes
/// the private copy. The answer is rebuilt from the command in the button, so nothing has to be stored; it is a
/// repeat of the answer the clicker got, not a new question (<see cref="ShareButtons"/>: its votes go to that answer).
/// </summary>
internal sealed class ShareClickHandler(SlackAnswerer answerer, SlackWebApiClient api, ResponseUrlClient responseUrls)
{
    public async Task HandleAsync(BlockActionWork click, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(click);
        var share = ShareButtons.Decode(click.Action.Value);
        var preamble = SlackIds.IsUser(click.UserId) ? $"_Shared by <@{click.UserId}>_" : null;
        // The clicker's conversation, as for their /career: a shared follow-up resolves like the answer they saw.
        var answer = await answerer.AnswerAsync(
            share.Command, click.UserId, ConversationIds.Person(click.ChannelId, click.UserId), new RenderOptions(Preamble: preamble), cancellationToken, share);

        // A failure never reaches the channel: it ends at the queue's worker, which tells only the person who clicked.
        if (click.ResponseUrl is { } responseUrl)
        {
            await responseUrls.PostAsync(responseUrl, ResponseMessage.NewMessage(answer, ResponseMessage.InChannel), cancellationToken);
            await responseUrls.PostAsync(responseUrl, ResponseMessage.DeleteTheOriginal, cancellationToken);
        }
        else if (click.ChannelId is { } channel)
        {
            await api.PostMessageAsync(PostMessageRequest.From(channel, answer), cancellationToken);
        }
    }
}
