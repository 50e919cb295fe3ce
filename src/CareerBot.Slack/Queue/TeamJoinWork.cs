namespace CareerBot.Slack.Queue;

/// <summary>Someone joined the workspace: greet them by DM.</summary>
internal sealed record TeamJoinWork(string UserId) : SlackWork;
