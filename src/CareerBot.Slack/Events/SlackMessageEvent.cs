namespace CareerBot.Slack.Events;

/// <summary>An <c>app_mention</c> or <c>message</c> event. Every <c>ts</c> stays a string.</summary>
internal sealed record SlackMessageEvent(
    string Type,
    string? Subtype,
    string? User,
    string? BotId,
    string? Text,
    string? Channel,
    string? ChannelType,
    string? Ts,
    string? ThreadTs)
{
    /// <summary>Where a reply goes: the thread the message is in, or a new thread under it.</summary>
    public string? ReplyThreadTs => ThreadTs ?? Ts;
}
