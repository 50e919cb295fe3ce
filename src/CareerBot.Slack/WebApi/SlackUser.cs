namespace CareerBot.Slack.WebApi;

/// <summary>The parts of a Slack user object the adapter reads.</summary>
internal sealed record SlackUser(string Id, bool IsBot = false, bool Deleted = false);
