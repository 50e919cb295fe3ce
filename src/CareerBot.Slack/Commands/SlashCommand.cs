using System.Text.Json;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Primitives;

namespace CareerBot.Slack.Commands;

/// <summary>
/// A slash command invocation: the HTTP form fields, or the payload of a Socket Mode <c>slash_commands</c> envelope.
/// <see cref="Text"/> is as Slack sent it (escaped).
/// </summary>
internal sealed record SlashCommand(
    string Command,
    string Text,
    string UserId,
    string ChannelId,
    string? TeamId,
    Uri? ResponseUrl)
{
    /// <summary>Slack's id of this invocation (one per time the command is run): a re-sent request carries the same.</summary>
    public string? TriggerId { get; init; }

    public static SlashCommand? FromForm(IReadOnlyDictionary<string, StringValues> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Create(Field("command"), Field("text"), Field("user_id"), Field("channel_id"), Field("team_id"), Field("response_url")) is { } command
            ? command with { TriggerId = Field("trigger_id") is { Length: > 0 } trigger ? trigger : null }
            : null;

        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;
    }

    public static SlashCommand? FromJson(JsonElement payload) =>
        payload.ValueKind != JsonValueKind.Object
            ? null
            : Create(
                payload.GetStringOrNull("command"),
                payload.GetStringOrNull("text"),
                payload.GetStringOrNull("user_id"),
                payload.GetStringOrNull("channel_id"),
                payload.GetStringOrNull("team_id"),
                payload.GetStringOrNull("response_url"));

    private static SlashCommand? Create(string? command, string? text, string? userId, string? channelId, string? teamId, string? responseUrl)
    {
        if (string.IsNullOrWhiteSpace(command) || string.IsNullOrWhiteSpace(userId) || string.IsNullOrWhiteSpace(channelId))
        {
            return null;
        }

        Uri.TryCreate(responseUrl, UriKind.Absolute, out var url);
        return new SlashCommand(command, text ?? string.Empty, userId, channelId, teamId, ResponseUrlClient.IsAllowed(url) ? url : null);
    }
}
