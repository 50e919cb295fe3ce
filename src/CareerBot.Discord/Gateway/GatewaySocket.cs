using System.Buffers;
using System.Net.WebSockets;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway (a fresh <see cref="ClientWebSocket"/> each time): whole text
/// messages in, size-checked frames out, one send at a time (heartbeats and replies share the socket).
/// </summary>
internal sealed class GatewaySocket(TimeProvider timeProvider, int maxMessageBytes) : IAsyncDisposable
{
    /// <summary>Discord closes the connection (4002) on frames larger than this.</summary>
    public const int MaxSendBytes = 4096;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    /// <summary>The close code the peer sent, once the socket is closed.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public async Task ConnectAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await _socket.ConnectAsync(url, linked.Token);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Connecting to the gateway took longer than {timeout.TotalSeconds:0} s.");
        }
    }

    /// <summary>The next whole text message, or null when the peer closed the connection.</summary>
    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var result = await _socket.ReceiveAsync(memory, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > maxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.InvalidMessageType, $"A gateway message exceeded {maxMessageBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                return buffer.WrittenSpan.ToArray();
            }
        }
    }

    /// <summary>How long one frame may take to go out before it is abandoned (a cancelled send aborts the socket).</summary>
    internal static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Sends one frame. <paramref name="cancellationToken"/> cancels the wait for a turn to send, never a frame on its way:
    /// cancelling a WebSocket send aborts the socket, so a stop landing while a heartbeat went out would drop the
    /// connection without the close frame that follows. A frame not gone within <see cref="SendTimeout"/> is abandoned.
    /// </summary>
    public async Task SendAsync(byte[] utf8Json, CancellationToken cancellationToken)
    {
        if (utf8Json.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"A gateway frame of {utf8Json.Length} bytes exceeds Discord's {MaxSendBytes}-byte limit.");
        }

        await _sendLock.WaitAsync(cancellationToken);
        using var timeout = new CancellationTokenSource(SendTimeout, timeProvider);
        try
        {
            await _socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends a close frame without waiting for the peer's (a zombie connection never answers). A code other than
    /// 1000/1001 keeps the session resumable; 1000 ends it.
    /// </summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string description, TimeSpan timeout)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timer = new CancellationTokenSource(timeout, timeProvider);
        try
        {
            await _sendLock.WaitAsync(timer.Token);
            try
            {
                await _socket.CloseOutputAsync(status, description, timer.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is already gone; there is no one left to tell.
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
