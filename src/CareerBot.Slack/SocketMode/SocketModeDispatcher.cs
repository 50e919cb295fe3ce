using System.Text.Json;
using CareerBot.Slack.Commands;
using CareerBot.Slack.Events;
using CareerBot.Slack.Interactions;
using CareerBot.Slack.Queue;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.SocketMode;

/// <summary>
/// Handles one Socket Mode envelope on the receive loop: acknowledge first, then queue the work. A slash command's
/// answer rides in the acknowledgement when Slack accepts a payload and the answer is ready within the budget.
/// Replayed envelopes are acknowledged again and not handled twice.
/// </summary>
internal sealed class SocketModeDispatcher(
    SlackInbox inbox,
    SlashCommandHandler slashCommands,
    SlackWorkQueue queue,
    DeliveryDeduplicator deduplicator,
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
        if (!deduplicator.TryClaim(new DeliveryKey("envelope:" + envelopeId)))
        {
            Log.DuplicateEnvelope(logger, type, envelopeId);
            await send(new SocketAck(envelopeId), cancellationToken);
            return;
        }

        switch (type)
        {
            case "events_api":
                await send(new SocketAck(envelopeId), cancellationToken);
                await AcceptEventAsync(payload, envelope, cancellationToken);
                break;
            case "interactive":
                await send(new SocketAck(envelopeId), cancellationToken);
                await AcceptInteractionAsync(payload, cancellationToken);
                break;
            case "slash_commands":
                await AnswerSlashCommandAsync(envelopeId, payload, envelope, send, cancellationToken);
                break;
            default:
                await send(new SocketAck(envelopeId), cancellationToken);
                Log.UnknownEnvelope(logger, type);
                break;
        }
    }

    private async Task AcceptEventAsync(JsonElement payload, JsonElement envelope, CancellationToken cancellationToken)
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
            return;
        }

        if (envelope.TryGetProperty("retry_attempt", out var attempt) && attempt.ValueKind == JsonValueKind.Number && attempt.GetInt32() > 0)
        {
            Log.EventRetried(logger, callback.EventId, attempt.GetInt32(), envelope.GetStringOrNull("retry_reason"));
        }

        await inbox.AcceptEventAsync(callback, waitForRoom: true, cancellationToken);
    }

    private async Task AcceptInteractionAsync(JsonElement payload, CancellationToken cancellationToken)
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

        if (actions?.Type == BlockActionsPayload.BlockActions)
        {
            await inbox.AcceptBlockActionsAsync(actions, waitForRoom: true, cancellationToken);
        }
    }

    private async Task AnswerSlashCommandAsync(
        string envelopeId, JsonElement payload, JsonElement envelope, SendFrame send, CancellationToken cancellationToken)
    {
        if (SlashCommand.FromJson(payload) is not { } command)
        {
            Log.MalformedEnvelope(logger, "slash_commands");
            await send(new SocketAck(envelopeId), cancellationToken);
            return;
        }

        // Bounded by the budget (well under Slack's 3 s); a slower answer is queued for the response_url.
        var answer = await slashCommands.HandleAsync(command, cancellationToken);
        var acceptsPayload = envelope.TryGetProperty("accepts_response_payload", out var accepts) && accepts.ValueKind == JsonValueKind.True;
        var ridesInAck = answer is not null && acceptsPayload;
        var acknowledged = await send(new SocketAck(envelopeId, ridesInAck ? ResponseMessage.EphemeralOf(answer!) : null), cancellationToken);
        if (answer is not null && (!ridesInAck || !acknowledged) && command.ResponseUrl is { } responseUrl)
        {
            queue.TryEnqueue(new DeferredAnswerWork(responseUrl, Task.FromResult(answer)));
        }
    }
}
