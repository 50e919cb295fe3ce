using CareerBot.Slack.Interactions;

namespace CareerBot.Slack.Queue;

/// <summary>A click on one of the bot's buttons.</summary>
internal sealed record BlockActionWork(string UserId, string? ChannelId, Uri? ResponseUrl, BlockAction Action) : SlackWork;
