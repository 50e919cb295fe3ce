namespace CareerBot.Core.Replies;

/// <summary>A name/value pair, rendered as an embed field or a Block Kit section field.</summary>
public sealed record ReplyField(string Name, string Value, bool Inline = true);
