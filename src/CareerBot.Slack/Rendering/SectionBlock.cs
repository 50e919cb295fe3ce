namespace CareerBot.Slack.Rendering;

/// <summary>Text (at most 3000 characters) and/or up to 10 fields (at most 2000 characters each).</summary>
internal sealed record SectionBlock(TextObject? Text, IReadOnlyList<TextObject>? Fields = null) : SlackBlock;
