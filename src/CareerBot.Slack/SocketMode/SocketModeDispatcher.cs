using System.Text.Json;
using CareerBot.Adapters.Memory;
using CareerBot.Slack.Commands;
using CareerBot.Slack.Events;
using CareerBot.Slack.Interactions;
using CareerBot.Slack.Queue;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.SocketMode;

/// <summary>
/// Handles one Socket Mode envelope on the receive loop, which must only parse, queue and acknowledge: it never waits
/// for room in the queue (a full queue leaves the envelope unacknowledged, so Slack sends it again, like the HTTP 429)
/// nor for an answer (slash commands are answered and acknowledged off the loop by <see cref="SocketSlashCommands"/>).
/// Replayed envelopes are acknowledged again and not handled twice.
/// </summary>
internal sealed class SocketModeDispatcher(
    SlackInbox inbox,
    SocketSlashCommands slashCommands,
    IExpiringKeySet deliveries,
    ILogger<SocketModeDispatcher> logger)
{
    /// <summary>Sends a frame; false when the socket failed.</summary>
    public delegate Task<bool> SendFrame(SocketAck ack, CancellationToken cancellationToken);

    public async Task DispatchAsync(JsonElement envelope, SendFrame send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (envelope.GetStringOrNull("envelope_id") is not { Length: > 0 } envelopeId)
        {
            return;
        }

        var type = envelope.GetStringOrNull("type") ?? "(none)";
        var payload = envelope.TryGetProperty("payload", out var value) ? value : default;
        var envelopeKey = inbox.Delivery("envelope:" + envelopeId);
        if (!deliveries.TryClaim(envelopeKey))
        {
            Log.DuplicateEnvelope(logger, type, envelopeId);
            await send(new SocketAck(envelopeId), cancellationToken);
            return;
        }

        switch (type)
        {
            case "events_api":
            case "interactive":
                var result = type == "events_api" ? AcceptEvent(payload, envelope) : AcceptInteraction(payload);
                if (result == InboxResult.Busy)
                {
                    // Forget the envelope too, so that Slack's re-send is handled rather than dropped as a replay.
                    deliveries.Release(envelopeKey.Value);
                    Log.EnvelopeRefused(logger, type, envelopeId);
                    return;
                }

                await send(new SocketAck(envelopeId), cancellationToken);
                break;
            case "slash_commands":
                await StartSlashCommandAsync(envelopeId, payload, envelope, send, cancellationToken);
                break;
            default:
                await send(new SocketAck(envelopeId), cancellationToken);
                Log.UnknownEnvelope(logger, type);
                break;
        }
    }

    private InboxResult AcceptEvent(JsonElement payload, JsonElement envelope)
    {
        SlackEventCallback? callback;
        try
        {
            callback = payload.ValueKind == JsonValueKind.Object ? payload.Deserialize<SlackEventCallback>(SlackJson.Options) : null;
        }
        catch (JsonException)
        {
            callback = null;
        }

        if (callback?.Type != SlackEventCallback.EventCallback)
        {
            Log.MalformedEnvelope(logger, "events_api");
            return InboxResult.Malformed;
        }

        if (envelope.TryGetProperty("retry_attempt", out var attempt) && attempt.ValueKind == JsonValueKind.Number && attempt.GetInt32() > 0)
        {
            Log.EventRetried(logger, callback.EventId, attempt.GetInt32(), envelope.GetStringOrNull("retry_reason"));
        }

        return inbox.AcceptEvent(callback);
    }

    private InboxResult AcceptInteraction(JsonElement payload)
    {
        BlockActionsPayload? actions;
        try
        {
            actions = payload.ValueKind == JsonValueKind.Object ? payload.Deserialize<BlockActionsPayload>(SlackJson.Options) : null;
        }
        catch (JsonException)
        {
            actions = null;
        }

        return actions?.Type == BlockActionsPayload.BlockActions ? inbox.AcceptBlockActions(actions) : InboxResult.Ignored;
    }

    /// <summary>Hands the command to <see cref="SocketSlashCommands"/>, which acknowledges it off the receive loop.</summary>
    private async Task StartSlashCommandAsync(
        string envelopeId, JsonElement payload, JsonElement envelope, SendFrame send, CancellationToken cancellationToken)
    {
        if (SlashCommand.FromJson(payload) is not { } command)
        {
            Log.MalformedEnvelope(logger, "slash_commands");
            await send(new SocketAck(envelopeId), cancellationToken);
            return;
        }

        var acceptsPayload = envelope.TryGetProperty("accepts_response_payload", out var accepts) && accepts.ValueKind == JsonValueKind.True;
        if (!slashCommands.TryStart(envelopeId, command, acceptsPayload, send))
        {
            await slashCommands.RefuseAsync(envelopeId, command, acceptsPayload, send, cancellationToken);
        }
    }
}
