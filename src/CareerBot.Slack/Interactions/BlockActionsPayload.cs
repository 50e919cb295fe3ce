namespace CareerBot.Slack.Interactions;

/// <summary>A <c>block_actions</c> interaction payload: who clicked what, where.</summary>
internal sealed record BlockActionsPayload(
    string? Type,
    SlackRef? User,
    SlackRef? Channel,
    SlackContainer? Container,
    string? ResponseUrl,
    IReadOnlyList<BlockAction>? Actions)
{
    public const string BlockActions = "block_actions";
}
