namespace CareerBot.Slack.Rendering;

internal sealed record DividerBlock : SlackBlock;
