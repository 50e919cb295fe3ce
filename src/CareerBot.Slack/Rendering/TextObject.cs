namespace CareerBot.Slack.Rendering;

/// <summary>A Block Kit text object: <c>plain_text</c> or <c>mrkdwn</c>. The text is already escaped.</summary>
internal sealed record TextObject(string Type, string Text)
{
    public static TextObject Plain(string text) => new("plain_text", text);

    public static TextObject Mrkdwn(string text) => new("mrkdwn", text);
}
