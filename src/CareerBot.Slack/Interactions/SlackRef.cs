namespace CareerBot.Slack.Interactions;

/// <summary>A reference to a user or channel in an interaction payload.</summary>
internal sealed record SlackRef(string? Id);
