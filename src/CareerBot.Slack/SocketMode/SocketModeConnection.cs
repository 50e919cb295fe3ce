using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using CareerBot.Core.Health;
using CareerBot.Slack.Configuration;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.SocketMode;

/// <summary>
/// Runs one Socket Mode WebSocket until it ends: waits for <c>hello</c>, hands envelopes to the dispatcher on the
/// receive loop, and reports how it ended (a <c>disconnect</c> reason, a drop, a silent socket caught by the ping
/// watchdog, or no hello in time). The dispatcher only parses, queues and acknowledges, so a <c>ReceiveAsync</c> is
/// nearly always pending: .NET reads the watchdog's pongs only then. Frames go out through one
/// <see cref="SocketSender"/>, one at a time.
/// </summary>
internal sealed class SocketModeConnection(
    SocketModeDispatcher dispatcher,
    IOptions<SlackOptions> options,
    TimeProvider timeProvider,
    ConnectionStates connections,
    ILogger<SocketModeConnection> logger)
{
    private const int MaxMessageBytes = 1024 * 1024;

    public async Task<ConnectionOutcome> RunAsync(WebSocket socket, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var helloTimeout = new CancellationTokenSource(options.Value.SocketHelloTimeout, timeProvider);
        using var untilHello = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, helloTimeout.Token);
        var helloReceived = false;
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        var sender = new SocketSender(socket, timeProvider, logger);

        // On stop the connection is closed properly: a close frame to Slack, then the receive below ends on Slack's
        // answering close. Cancelling the receive itself would abort the socket without one, so once hello is in the
        // receive is cancelled only if Slack has not answered the close within a second.
        using var receiveAbort = new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
        using var closeOnStop = stoppingToken.Register(() =>
        {
            receiveAbort.CancelAfter(TimeSpan.FromSeconds(1));
            _ = sender.CloseQuietlyAsync("shutting down");
        });

        while (true)
        {
            bool gotMessage;
            try
            {
                gotMessage = await ReceiveMessageAsync(socket, buffer, helloReceived ? receiveAbort.Token : untilHello.Token);
            }
            catch (Exception ex) when (stoppingToken.IsCancellationRequested && ex is OperationCanceledException or WebSocketException or IOException)
            {
                throw new OperationCanceledException("The host is stopping.", ex, stoppingToken);
            }
            catch (OperationCanceledException) when (helloTimeout.IsCancellationRequested && !helloReceived)
            {
                return new ConnectionOutcome("hello_timeout", false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or InvalidDataException)
            {
                Log.Dropped(logger, ex.Message);
                return new ConnectionOutcome("dropped", helloReceived);
            }

            if (!gotMessage)
            {
                // Slack's answer to our close on stop, or Slack closing first.
                stoppingToken.ThrowIfCancellationRequested();
                return new ConnectionOutcome("closed", helloReceived);
            }

            JsonElement frame;
            try
            {
                using var document = JsonDocument.Parse(buffer.WrittenMemory);
                frame = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                Log.UnreadableFrame(logger);
                continue;
            }

            switch (frame.GetStringOrNull("type"))
            {
                case "hello":
                    helloReceived = true;
                    connections.Connected(ConnectionStates.SlackSocketMode);
                    Log.Connected(logger, frame.TryGetProperty("num_connections", out var count) && count.ValueKind == JsonValueKind.Number ? count.GetInt32() : 0);
                    break;
                case "disconnect":
                    var reason = frame.GetStringOrNull("reason") ?? "unknown";
                    Log.DisconnectRequested(logger, reason);
                    await sender.CloseQuietlyAsync();
                    return new ConnectionOutcome(reason, helloReceived);
                default:
                    try
                    {
                        await dispatcher.DispatchAsync(frame, sender.SendAsync, stoppingToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                    {
                        // The receive loop is a boundary: one bad envelope must not take the connection down.
                        Log.DispatchFailed(logger, ex);
                    }

                    break;
            }
        }
    }

    /// <summary>Reads one whole text message into <paramref name="buffer"/>; false when the server closed.</summary>
    private static async Task<bool> ReceiveMessageAsync(WebSocket socket, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return false;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new InvalidDataException("A Socket Mode message was larger than 1 MiB.");
            }

            if (result.EndOfMessage)
            {
                return true;
            }
        }
    }
}
