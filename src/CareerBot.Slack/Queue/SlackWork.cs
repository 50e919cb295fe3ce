namespace CareerBot.Slack.Queue;

/// <summary>Something acknowledged to Slack and waiting to be handled by a worker.</summary>
internal abstract record SlackWork;
