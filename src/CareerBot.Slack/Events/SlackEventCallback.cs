using System.Text.Json;

namespace CareerBot.Slack.Events;

/// <summary>
/// The Events API envelope (<c>type</c> <c>event_callback</c> or <c>url_verification</c>); over Socket Mode it is the
/// payload of an <c>events_api</c> envelope.
/// </summary>
internal sealed record SlackEventCallback(
    string? Type,
    string? EventId,
    string? TeamId,
    string? Challenge,
    JsonElement Event)
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";
}
