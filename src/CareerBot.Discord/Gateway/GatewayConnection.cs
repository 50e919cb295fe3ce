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
    private readonly ILogger _logger = context.Logger;
    private readonly TaskCompletionSource<ConnectionOutcome> _interrupt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _reachedReady;
    private Uri? _connectedUrl;

    public async Task<ConnectionOutcome> RunAsync(Uri url, bool resume, CancellationToken stoppingToken)
    {
        _connectedUrl = url;
        await using var socket = new GatewaySocket(context.TimeProvider, context.Tuning.MaxGatewayMessageBytes);
        HelloData hello;
        try
        {
            await socket.ConnectAsync(url, context.Tuning.ConnectTimeout, stoppingToken);
            if (await ReceiveHelloAsync(socket, stoppingToken) is not { } received)
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
            Log.ConnectFailed(_logger, shard.Id, ex.Message);
            return new ConnectionOutcome(ReconnectAction.Resume, "could not connect", ConnectFailed: true);
        }

        using var stopping = stoppingToken.Register(() => _interrupt.TrySetResult(new ConnectionOutcome(ReconnectAction.Stop, "shutting down")));
        var heartbeater = new Heartbeater(
            TimeSpan.FromMilliseconds(hello.HeartbeatInterval),
            context.Tuning.Random.NextDouble(),
            context.TimeProvider,
            ct => socket.SendAsync(context.Frames.Heartbeat(session.Sequence), ct),
            () => _interrupt.TrySetResult(new ConnectionOutcome(ReconnectAction.Resume, "no heartbeat ACK between two beats (zombie connection)")));
        await using (heartbeater)
        {
            try
            {
                var handshake = resume
                    ? context.Frames.Resume(session.SessionId!, session.Sequence)
                    : context.Frames.Identify(shard);
                Log.Handshake(_logger, shard.Id, resume ? "Resume" : "Identify", session.Sequence);
                await socket.SendAsync(handshake, stoppingToken);
                var outcome = await ReceiveLoopAsync(socket, heartbeater);
                return outcome with { Healthy = _reachedReady && heartbeater.AckCount > 0 };
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return new ConnectionOutcome(ReconnectAction.Stop, "shutting down");
            }
            catch (WebSocketException ex)
            {
                return new ConnectionOutcome(ReconnectAction.Resume, $"connection dropped ({ex.Message})", Healthy: _reachedReady && heartbeater.AckCount > 0);
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
            message = await receive.WaitAsync(context.Tuning.HelloTimeout, context.TimeProvider, stoppingToken);
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
            if (await Task.WhenAny(receive, _interrupt.Task) == _interrupt.Task)
            {
                ObserveQuietly(receive);
                var outcome = await _interrupt.Task;
                Log.Interrupted(_logger, shard.Id, outcome.Reason);
                // Shutting down too: 1000/1001 would end the session (the bot shows offline at once and the session
                // cannot be resumed); any other code leaves it resumable for Discord's few minutes.
                await socket.CloseAsync(ResumableClose, outcome.Reason, context.Tuning.CloseTimeout);
                return outcome;
            }

            var message = await receive;
            if (message is null)
            {
                return Closed(socket);
            }

            if (await HandleFrameAsync(message, heartbeater) is { } ending)
            {
                await socket.CloseAsync(ResumableClose, ending.Reason, context.Tuning.CloseTimeout);
                return ending;
            }
        }
    }

    private ConnectionOutcome Closed(GatewaySocket socket)
    {
        var code = (int?)socket.CloseStatus;
        var action = GatewayCloseCodes.Classify(code);
        Log.ClosedByGateway(_logger, shard.Id, code, socket.CloseDescription, action);
        return action == ReconnectAction.Fatal
            ? new ConnectionOutcome(ReconnectAction.Fatal, GatewayCloseCodes.WhatToFix(code!.Value))
            : new ConnectionOutcome(action, $"closed by the gateway with {code}");
    }

    private static void ObserveQuietly(Task task) =>
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
