namespace CareerBot.Slack.Interactions;

/// <summary>Where the clicked button lives (used when the payload has no <c>channel</c>).</summary>
internal sealed record SlackContainer(string? ChannelId);
