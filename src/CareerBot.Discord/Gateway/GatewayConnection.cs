using System.Net.WebSockets;
using System.Text.Json;
using CareerBot.Discord.Serialization;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// One connection of one shard, from connect to close: Hello, heartbeats, Identify or Resume, then the
/// receive loop, which only parses frames, tracks the sequence and session, and enqueues dispatches.
/// Returns how the connection ended; the shard decides how to reconnect.
/// </summary>
internal sealed partial class GatewayConnection(GatewayContext context, GatewayShardInfo shard, GatewaySession session)
{
    private const WebSocketCloseStatus ResumableClose = (WebSocketCloseStatus)4000;
    private readonly ILogger logger = context.Logger;
    private readonly TaskCompletionSource<ConnectionOutcome> interrupt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool reachedReady;
    private Uri? connectedUrl;

    public async Task<ConnectionOutcome> RunAsync(Uri url, bool resume, CancellationToken stoppingToken)
    {
        connectedUrl = url;
        await using var socket = new GatewaySocket(context.TimeProvider, context.Tuning.MaxGatewayMessageBytes);
        HelloData hello;
        try
        {
            await socket.ConnectAsync(url, context.Tuning.ConnectTimeout, stoppingToken).ConfigureAwait(false);
            if (await ReceiveHelloAsync(socket, stoppingToken).ConfigureAwait(false) is not { } received)
            {
                // A fatal code before Hello (a rejected token, disallowed intents) is an answer, not a failed connect.
                if (GatewayCloseCodes.Classify((int?)socket.CloseStatus) == ReconnectAction.Fatal)
                {
                    return Closed(socket);
                }

                throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, $"The gateway closed the connection ({(int?)socket.CloseStatus}) before Hello.");
            }

            hello = received;
        }
        catch (Exception ex) when (ex is WebSocketException or TimeoutException or JsonException or InvalidDataException)
        {
            Log.ConnectFailed(logger, shard.Id, ex.Message);
            return new ConnectionOutcome(ReconnectAction.Resume, "could not connect", ConnectFailed: true);
        }

        using var stopping = stoppingToken.Register(() => interrupt.TrySetResult(new ConnectionOutcome(ReconnectAction.Stop, "shutting down")));
        var heartbeater = new Heartbeater(
            TimeSpan.FromMilliseconds(hello.HeartbeatInterval),
            context.Tuning.Random.NextDouble(),
            context.TimeProvider,
            ct => socket.SendAsync(context.Frames.Heartbeat(session.Sequence), ct),
            () => interrupt.TrySetResult(new ConnectionOutcome(ReconnectAction.Resume, "no heartbeat ACK between two beats (zombie connection)")));
        await using (heartbeater.ConfigureAwait(false))
        {
            try
            {
                var handshake = resume
                    ? context.Frames.Resume(session.SessionId!, session.Sequence)
                    : context.Frames.Identify(shard);
                Log.Handshake(logger, shard.Id, resume ? "Resume" : "Identify", session.Sequence);
                await socket.SendAsync(handshake, stoppingToken).ConfigureAwait(false);
                var outcome = await ReceiveLoopAsync(socket, heartbeater).ConfigureAwait(false);
                return outcome with { Healthy = reachedReady && heartbeater.AckCount > 0 };
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return new ConnectionOutcome(ReconnectAction.Stop, "shutting down");
            }
            catch (WebSocketException ex)
            {
                return new ConnectionOutcome(ReconnectAction.Resume, $"connection dropped ({ex.Message})", Healthy: reachedReady && heartbeater.AckCount > 0);
            }
        }
    }

    /// <summary>The Hello, or null when the gateway closed the connection first.</summary>
    private async Task<HelloData?> ReceiveHelloAsync(GatewaySocket socket, CancellationToken stoppingToken)
    {
        var receive = socket.ReceiveAsync(stoppingToken);
        byte[]? message;
        try
        {
            message = await receive.WaitAsync(context.Tuning.HelloTimeout, context.TimeProvider, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            // The receive still runs and faults when the socket is disposed: nobody else will look at it.
            ObserveQuietly(receive);
            throw;
        }

        if (message is null)
        {
            return null;
        }

        var frame = JsonSerializer.Deserialize(message, DiscordJsonContext.Default.GatewayFrame);
        if (frame is not { Op: GatewayOpCode.Hello, D.ValueKind: JsonValueKind.Object }
            || frame.D.Deserialize(DiscordJsonContext.Default.HelloData) is not { HeartbeatInterval: > 0 } hello)
        {
            throw new InvalidDataException("The gateway's first message was not Hello.");
        }

        return hello;
    }

    private async Task<ConnectionOutcome> ReceiveLoopAsync(GatewaySocket socket, Heartbeater heartbeater)
    {
        while (true)
        {
            // The receive runs without a token: cancelling a WebSocket receive aborts the socket, and a zombie
            // or a shutdown must still be able to send its close frame.
            var receive = socket.ReceiveAsync(CancellationToken.None);
            if (await Task.WhenAny(receive, interrupt.Task).ConfigureAwait(false) == interrupt.Task)
            {
                ObserveQuietly(receive);
                var outcome = await interrupt.Task.ConfigureAwait(false);
                Log.Interrupted(logger, shard.Id, outcome.Reason);
                await socket.CloseAsync(outcome.Action == ReconnectAction.Stop ? WebSocketCloseStatus.NormalClosure : ResumableClose, outcome.Reason, context.Tuning.CloseTimeout).ConfigureAwait(false);
                return outcome;
            }

            var message = await receive.ConfigureAwait(false);
            if (message is null)
            {
                return Closed(socket);
            }

            if (await HandleFrameAsync(message, heartbeater).ConfigureAwait(false) is { } ending)
            {
                await socket.CloseAsync(ResumableClose, ending.Reason, context.Tuning.CloseTimeout).ConfigureAwait(false);
                return ending;
            }
        }
    }

    private ConnectionOutcome Closed(GatewaySocket socket)
    {
        var code = (int?)socket.CloseStatus;
        var action = GatewayCloseCodes.Classify(code);
        Log.ClosedByGateway(logger, shard.Id, code, socket.CloseDescription, action);
        return action == ReconnectAction.Fatal
            ? new ConnectionOutcome(ReconnectAction.Fatal, GatewayCloseCodes.WhatToFix(code!.Value))
            : new ConnectionOutcome(action, $"closed by the gateway with {code}");
    }

    private static void ObserveQuietly(Task task) =>
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
