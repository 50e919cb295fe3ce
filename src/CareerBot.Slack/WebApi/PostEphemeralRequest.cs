using CareerBot.Slack.Rendering;

namespace CareerBot.Slack.WebApi;

/// <summary>Body of <c>chat.postEphemeral</c>: visible only to <see cref="User"/>.</summary>
internal sealed record PostEphemeralRequest(string Channel, string User, string Text, IReadOnlyList<SlackBlock> Blocks, string? ThreadTs = null)
{
    public static PostEphemeralRequest From(string channel, string user, SlackMessage message, string? threadTs = null) =>
        new(channel, user, message.Text, message.Blocks, threadTs);
}
