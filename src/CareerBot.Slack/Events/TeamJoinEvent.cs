using CareerBot.Slack.WebApi;

namespace CareerBot.Slack.Events;

/// <summary><c>team_join</c>: a new member of the workspace (a full user object).</summary>
internal sealed record TeamJoinEvent(SlackUser? User);
