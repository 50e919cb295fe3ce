namespace CareerBot.Slack.Rendering;

/// <summary>A large heading: plain text, at most 150 characters.</summary>
internal sealed record HeaderBlock(TextObject Text) : SlackBlock;
