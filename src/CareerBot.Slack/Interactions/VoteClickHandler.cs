using CareerBot.Adapters.Feedback;
using CareerBot.Slack.Answers;
using CareerBot.Slack.Queue;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.WebApi;

namespace CareerBot.Slack.Interactions;

/// <summary>
/// "Helpful" / "Not helpful": records the clicker's vote (one per person per answer, a second click changes it) and
/// thanks only the clicker, with an ephemeral message, once the vote is committed. Slack cannot take the buttons off
/// one person's copy of a message in a channel, so the thanks is a new ephemeral line; the answer stays for everyone.
/// </summary>
internal sealed class VoteClickHandler(SlackWebApiClient api, ResponseUrlClient responseUrls, FeedbackVotes? votes = null)
{
    public async Task HandleAsync(BlockActionWork click, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(click);
        var vote = FeedbackButtons.Decode(click.Action.Value);
        var thanks = vote is null || votes is null
            ? FeedbackVotes.BrokenButton
            : await votes.VoteAsync(SlackAnswerer.Platform, click.UserId, vote, cancellationToken);
        var message = new SlackMessage(SlackText.Escape(thanks), [new ContextBlock([TextObject.Mrkdwn(":pray: " + SlackText.Escape(thanks))])]);

        if (click.ResponseUrl is { } responseUrl)
        {
            await responseUrls.PostAsync(responseUrl, ResponseMessage.NewMessage(message, ResponseMessage.Ephemeral), cancellationToken);
        }
        else if (click.ChannelId is { } channel)
        {
            await api.PostEphemeralAsync(PostEphemeralRequest.From(channel, click.UserId, message), cancellationToken);
        }
    }
}
