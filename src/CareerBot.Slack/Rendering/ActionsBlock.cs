namespace CareerBot.Slack.Rendering;

/// <summary>A row of buttons: up to 25 elements.</summary>
internal sealed record ActionsBlock(string BlockId, IReadOnlyList<ButtonElement> Elements) : SlackBlock;
