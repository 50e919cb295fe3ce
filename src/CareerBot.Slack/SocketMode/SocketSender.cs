using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.SocketMode;

/// <summary>
/// Sends the frames of one Socket Mode connection, one at a time: a <see cref="WebSocket"/> allows a single
/// outstanding send, and acknowledgements come both from the receive loop and from slash commands answered off it.
/// </summary>
internal sealed class SocketSender(WebSocket socket, TimeProvider timeProvider, ILogger logger)
{
    private readonly SemaphoreSlim _sending = new(1, 1);

    /// <summary>How long one frame may take to go out before the socket is given up (a cancelled send aborts it).</summary>
    internal static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Sends an acknowledgement; false when the socket failed (or is gone). <paramref name="cancellationToken"/> cancels
    /// the wait for a turn to send, never a frame on its way: cancelling a WebSocket send aborts the socket, so a host
    /// stopping while an ack was going out (sent, its continuation not yet run) dropped the connection without the close
    /// handshake that follows. A frame that has not gone out within <see cref="SendTimeout"/> is abandoned.
    /// </summary>
    public async Task<bool> SendAsync(SocketAck ack, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ack);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(ack, SlackJson.Options);
        await _sending.WaitAsync(cancellationToken);
        using var timeout = new CancellationTokenSource(SendTimeout, timeProvider);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            Log.AckFailed(logger, ack.EnvelopeId, ex.Message);
            return false;
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Starts the close handshake, giving up after a second: the socket is being replaced or the host stops.</summary>
    public async Task CloseQuietlyAsync(string reason = "reconnecting")
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1), timeProvider);
        try
        {
            await _sending.WaitAsync(timeout.Token);
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
            }
            finally
            {
                _sending.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket is being replaced (or dropped on stop) anyway.
        }
    }
}
