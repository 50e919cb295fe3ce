using CareerBot.Slack.Rendering;

namespace CareerBot.Slack.WebApi;

/// <summary>
/// A message sent as a slash command's HTTP response, a Socket Mode acknowledgement payload, or to a <c>response_url</c>.
/// </summary>
internal sealed record ResponseMessage(
    string? ResponseType,
    string? Text,
    IReadOnlyList<SlackBlock>? Blocks,
    bool? ReplaceOriginal = null,
    bool? DeleteOriginal = null)
{
    public const string Ephemeral = "ephemeral";
    public const string InChannel = "in_channel";

    public static ResponseMessage EphemeralOf(SlackMessage message) => new(Ephemeral, message.Text, message.Blocks);

    /// <summary>A new message that leaves the clicked one alone.</summary>
    public static ResponseMessage NewMessage(SlackMessage message, string responseType) =>
        new(responseType, message.Text, message.Blocks, ReplaceOriginal: false);

    public static ResponseMessage DeleteTheOriginal { get; } = new(null, null, null, DeleteOriginal: true);
}
