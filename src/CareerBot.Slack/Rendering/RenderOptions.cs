namespace CareerBot.Slack.Rendering;

/// <summary>How a reply is dressed for where it goes.</summary>
/// <param name="ShareCommand">When set, a "Share in channel" button re-posts the answer to this command in the channel.</param>
/// <param name="Preamble">A line of trusted mrkdwn above the body (e.g. the newcomer's mention in a welcome).</param>
internal sealed record RenderOptions(string? ShareCommand = null, string? Preamble = null)
{
    public static RenderOptions None { get; } = new();
}
