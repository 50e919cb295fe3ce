using CareerBot.Slack.Rendering;

namespace CareerBot.Slack.WebApi;

/// <summary>Body of <c>chat.postMessage</c>.</summary>
internal sealed record PostMessageRequest(string Channel, string Text, IReadOnlyList<SlackBlock> Blocks, string? ThreadTs = null)
{
    public bool UnfurlLinks => false;

    public bool UnfurlMedia => false;

    public static PostMessageRequest From(string channel, SlackMessage message, string? threadTs = null) =>
        new(channel, message.Text, message.Blocks, threadTs);
}
