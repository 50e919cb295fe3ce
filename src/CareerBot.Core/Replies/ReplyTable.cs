namespace CareerBot.Core.Replies;

/// <summary>A small table: a header row and data rows of the same width.</summary>
public sealed record ReplyTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
