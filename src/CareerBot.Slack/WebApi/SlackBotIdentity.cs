namespace CareerBot.Slack.WebApi;

/// <summary>Who the bot is in the workspace (from <c>auth.test</c>): used to ignore its own messages.</summary>
internal sealed record SlackBotIdentity(string UserId, string? BotId, string? TeamId);
