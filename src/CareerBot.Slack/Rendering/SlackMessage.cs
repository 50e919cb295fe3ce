namespace CareerBot.Slack.Rendering;

/// <summary>A rendered message: the notification text (at most 4000 characters) and the blocks (at most 50).</summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<SlackBlock> Blocks);
