namespace CareerBot.Slack.Interactions;

/// <summary>Where the clicked button lives.</summary>
internal sealed record SlackContainer(string? Type, string? MessageTs, string? ChannelId, string? ThreadTs, bool IsEphemeral);
