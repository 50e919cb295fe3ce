namespace CareerBot.Slack.Interactions;

/// <summary>One clicked element.</summary>
internal sealed record BlockAction(string? ActionId, string? BlockId, string? Value, string? Type, string? ActionTs);
