using CareerBot.Adapters.Digest;
using CareerBot.Core.Replies;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.WebApi;

namespace CareerBot.Slack.Digest;

/// <summary>
/// Posts the weekly digest with <c>chat.postMessage</c> through the adapter's Web API client (its channel pacing,
/// retries and checks): the heading, then the table in fixed-width blocks. Everything is escaped as every Slack
/// reply is (no <c>&lt;!channel&gt;</c>, <c>@here</c> or link can form); the users' words go through
/// <see cref="SlackText.Inert"/>.
/// </summary>
internal sealed class SlackDigestPoster(SlackWebApiClient api) : IDigestPoster
{
    private const string Fence = "```";

    public string Platform => "Slack";

    public string? CheckChannel(string channel) =>
        SlackIds.IsChannel(channel) ? null : "must be a channel id such as C0123ABCD (in Slack: the channel's details, at the bottom), not its name.";

    public Task PostAsync(string channel, WeeklyDigest digest, CancellationToken cancellationToken)
    {
        var message = Render(digest);
        return api.PostMessageAsync(PostMessageRequest.From(channel, message), cancellationToken);
    }

    internal static SlackMessage Render(WeeklyDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var heading = SlackText.Escape(digest.Heading);
        var blocks = new List<SlackBlock> { new SectionBlock(TextObject.Mrkdwn(SlackText.Truncate(heading, SlackLimits.SectionText))) };
        // The table in as few fenced sections as fit Slack's 3000 characters each, never cutting a line.
        var room = SlackLimits.SectionText - (2 * Fence.Length) - 2;
        var chunk = new List<string>();
        var length = 0;
        foreach (var line in digest.Lines.Select(line => UserText.Format(line, SlackText.EscapeKeepingMarks, SlackText.Inert)))
        {
            if (chunk.Count > 0 && length + line.Length + 1 > room)
            {
                blocks.Add(Fenced(chunk));
                chunk.Clear();
                length = 0;
            }

            chunk.Add(line.Length > room ? SlackText.Truncate(line, room) : line);
            length += line.Length + 1;
        }

        if (chunk.Count > 0)
        {
            blocks.Add(Fenced(chunk));
        }

        return new SlackMessage(heading, blocks);
    }

    private static SectionBlock Fenced(List<string> lines) =>
        new(TextObject.Mrkdwn(Fence + "\n" + SlackText.Join(lines) + "\n" + Fence));
}
