using System.Text.Json;
using CareerBot.Core.Health;
using CareerBot.Discord.Serialization;

namespace CareerBot.Discord.Gateway;

internal sealed partial class GatewayConnection
{
    /// <summary>Acts on one frame; returns an outcome when the frame ends the connection (op 7, op 9).</summary>
    private async Task<ConnectionOutcome?> HandleFrameAsync(byte[] message, Heartbeater heartbeater)
    {
        var receivedAt = context.TimeProvider.GetTimestamp();
        GatewayFrame? frame;
        try
        {
            frame = JsonSerializer.Deserialize(message, DiscordJsonContext.Default.GatewayFrame);
        }
        catch (JsonException ex)
        {
            Log.UnreadableFrame(logger, shard.Id, ex.Message);
            return null;
        }

        switch (frame?.Op)
        {
            case GatewayOpCode.Dispatch:
                try
                {
                    OnDispatch(frame, receivedAt);
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException)
                {
                    Log.UnreadableFrame(logger, shard.Id, ex.Message);
                }

                return null;
            case GatewayOpCode.Heartbeat:
                // Bounded: a send that never completes would otherwise stall the receive loop for good.
                using (var timeout = new CancellationTokenSource(context.Tuning.SendTimeout, context.TimeProvider))
                {
                    try
                    {
                        await heartbeater.BeatNowAsync(timeout.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                    {
                        return new ConnectionOutcome(ReconnectAction.Resume, "a heartbeat asked for by the gateway could not be sent in time");
                    }
                }

                return null;
            case GatewayOpCode.HeartbeatAck:
                heartbeater.Acknowledge();
                return null;
            case GatewayOpCode.Reconnect:
                return new ConnectionOutcome(ReconnectAction.Resume, "the gateway asked for a reconnect (op 7)");
            case GatewayOpCode.InvalidSession when frame.D.ValueKind == JsonValueKind.True:
                return new ConnectionOutcome(ReconnectAction.Resume, "invalid session, resumable (op 9)");
            case GatewayOpCode.InvalidSession:
                session.Reset();
                return new ConnectionOutcome(ReconnectAction.Identify, "invalid session (op 9)", Delay: InvalidSessionDelay());
            default:
                return null;
        }
    }

    private void OnDispatch(GatewayFrame frame, long receivedAt)
    {
        if (frame.S is { } sequence && !session.Advance(sequence))
        {
            Log.ReplayedDispatchSkipped(logger, shard.Id, frame.T, sequence);
            return;
        }

        switch (frame.T)
        {
            case "READY":
                var ready = frame.D.Deserialize(DiscordJsonContext.Default.ReadyData);
                if (ready?.SessionId is { } sessionId)
                {
                    session.Start(sessionId, Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl) ? resumeUrl : connectedUrl!);
                }

                context.BotIdentity.UserId = ready?.User?.Id ?? context.BotIdentity.UserId;
                reachedReady = true;
                context.Connections.Connected(ConnectionStates.DiscordShard(shard.Id));
                Log.Ready(logger, shard.Id, shard.Count, ready?.User?.Id);
                return;
            case "RESUMED":
                reachedReady = true;
                context.Connections.Connected(ConnectionStates.DiscordShard(shard.Id));
                Log.Resumed(logger, shard.Id, session.Sequence);
                return;
            case { } type:
                context.Queue.Enqueue(new GatewayDispatch(type, frame.D, shard.Id, receivedAt));
                return;
        }
    }

    private TimeSpan InvalidSessionDelay()
    {
        var min = context.Tuning.InvalidSessionMinDelay;
        var max = context.Tuning.InvalidSessionMaxDelay;
        return min + ((max - min) * context.Tuning.Random.NextDouble());
    }
}
