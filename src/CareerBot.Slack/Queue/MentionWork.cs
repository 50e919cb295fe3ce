using CareerBot.Slack.Events;

namespace CareerBot.Slack.Queue;

/// <summary>The bot was mentioned in a channel: answer in the thread.</summary>
internal sealed record MentionWork(SlackMessageEvent Message) : SlackWork;
