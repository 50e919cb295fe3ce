namespace CareerBot.Slack.Queue;

/// <summary>Someone joined an onboarding channel: greet them there, visible only to them.</summary>
internal sealed record ChannelJoinWork(string UserId, string ChannelId) : SlackWork;
