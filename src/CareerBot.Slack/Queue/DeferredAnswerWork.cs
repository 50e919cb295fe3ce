using CareerBot.Slack.Rendering;

namespace CareerBot.Slack.Queue;

/// <summary>A slash command answer that was not ready within Slack's three seconds: it goes to the response_url.</summary>
internal sealed record DeferredAnswerWork(Uri ResponseUrl, Task<SlackMessage> Answer) : SlackWork;
