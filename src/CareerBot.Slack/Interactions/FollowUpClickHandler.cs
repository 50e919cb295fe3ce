using CareerBot.Core.Conversations;
using CareerBot.Slack.Answers;
using CareerBot.Slack.Queue;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.WebApi;

namespace CareerBot.Slack.Interactions;

/// <summary>
/// A follow-up button runs its command: the answer goes to the person who clicked (ephemeral, with a share button),
/// or into the DM when the click was in a DM.
/// </summary>
internal sealed class FollowUpClickHandler(SlackAnswerer answerer, SlackWebApiClient api, ResponseUrlClient responseUrls)
{
    public async Task HandleAsync(BlockActionWork click, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(click);
        var command = click.Action.Value?.Trim() ?? string.Empty;
        var inDirectMessage = SlackIds.IsDirectMessage(click.ChannelId);
        var answer = await answerer.AnswerAsync(
            command, click.UserId, ConversationIds.Person(click.ChannelId, click.UserId), new RenderOptions(inDirectMessage ? null : command), cancellationToken);

        if (click.ResponseUrl is { } responseUrl)
        {
            var responseType = inDirectMessage ? ResponseMessage.InChannel : ResponseMessage.Ephemeral;
            await responseUrls.PostAsync(responseUrl, ResponseMessage.NewMessage(answer, responseType), cancellationToken);
        }
        else if (click.ChannelId is { } channel)
        {
            await (inDirectMessage
                ? api.PostMessageAsync(PostMessageRequest.From(channel, answer), cancellationToken)
                : api.PostEphemeralAsync(PostEphemeralRequest.From(channel, click.UserId, answer), cancellationToken));
        }
    }
}
