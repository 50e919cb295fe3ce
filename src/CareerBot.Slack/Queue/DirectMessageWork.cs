using CareerBot.Slack.Events;

namespace CareerBot.Slack.Queue;

/// <summary>Someone wrote to the bot in a DM: answer in the DM.</summary>
internal sealed record DirectMessageWork(SlackMessageEvent Message) : SlackWork;
