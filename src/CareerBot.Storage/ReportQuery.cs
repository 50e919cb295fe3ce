namespace CareerBot.Storage;

/// <summary>Which questions a report covers and how long its lists are.</summary>
/// <param name="Since">The first moment included (null: everything kept).</param>
/// <param name="Until">The first moment not included (null: up to now).</param>
/// <param name="Top">How many entries each ranked list (unanswered, not helpful, slowest intents) has at most.</param>
public sealed record ReportQuery(DateTimeOffset? Since = null, DateTimeOffset? Until = null, int Top = 10);
