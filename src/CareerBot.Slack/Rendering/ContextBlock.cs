namespace CareerBot.Slack.Rendering;

/// <summary>Small grey text: up to 10 elements.</summary>
internal sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : SlackBlock;
