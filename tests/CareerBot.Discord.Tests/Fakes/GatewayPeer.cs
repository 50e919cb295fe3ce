using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// The server side of one bot connection to <see cref="FakeGateway"/>: the test sends Hello, READY,
/// dispatches, op 7/9 or a close code, and reads what the bot sent. Heartbeats are ACKed automatically
/// unless <see cref="AutoAck"/> is off (to play a zombie connection).
/// </summary>
internal sealed class GatewayPeer
{
    public const string BotUserId = "200000000000000002";
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60); // a guard against a silent bot, not a time limit

    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<WebSocketCloseStatus?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal GatewayPeer(WebSocket socket, string path)
    {
        _socket = socket;
        Path = path;
    }

    /// <summary>"/" for a fresh connection, "/resume" when the bot used the resume URL from READY.</summary>
    public string Path { get; }

    public bool AutoAck { get; set; } = true;

    /// <summary>When the bot's WebSocket was accepted.</summary>
    public DateTime ConnectedAt { get; } = DateTime.UtcNow;

    /// <summary>The close code the bot sent, or null when the connection dropped without one.</summary>
    public Task<WebSocketCloseStatus?> Closed => _closed.Task;

    public Task SendAsync(string json) => SendRawAsync(json);

    public Task HelloAsync(int heartbeatIntervalMs) => SendAsync($$$"""{"op":10,"d":{"heartbeat_interval":{{{heartbeatIntervalMs}}}},"s":null,"t":null}""");

    public Task ReadyAsync(long sequence = 1, string sessionId = "session-1", string resumeUrl = "") =>
        DispatchAsync("READY", sequence, $$$"""{"v":10,"user":{"id":"{{{BotUserId}}}","username":"CareerBot","bot":true},"guilds":[],"session_id":"{{{sessionId}}}","resume_gateway_url":"{{{resumeUrl}}}","application":{"id":"100000000000000001","flags":0}}""");

    public Task DispatchAsync(string type, long sequence, string data) =>
        SendAsync($$"""{"op":0,"d":{{data}},"s":{{sequence}},"t":"{{type}}"}""");

    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, "scripted close", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort() => _socket.Abort();

    /// <summary>The next frame the bot sent, heartbeats included.</summary>
    public async Task<JsonElement> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            return await _received.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The bot sent nothing in time.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The bot closed the connection ({Closed.Result?.ToString() ?? "dropped"}).");
        }
    }

    /// <summary>The next frame with this opcode, skipping others (heartbeats while waiting for Identify).</summary>
    public async Task<JsonElement> ReceiveOpAsync(int op, TimeSpan? timeout = null)
    {
        while (true)
        {
            var frame = await ReceiveAsync(timeout);
            if (frame.GetProperty("op").GetInt32() == op)
            {
                return frame;
            }
        }
    }

    /// <summary>True when the bot sends nothing within <paramref name="window"/>.</summary>
    public async Task<bool> IsQuietAsync(TimeSpan window)
    {
        using var cts = new CancellationTokenSource(window);
        try
        {
            await _received.Reader.WaitToReadAsync(cts.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closed.TrySetResult(result.CloseStatus);
                    break;
                }

                var frame = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                _received.Writer.TryWrite(frame);
                if (AutoAck && frame.GetProperty("op").GetInt32() == 1)
                {
                    await SendRawAsync("""{"op":11,"d":null,"s":null,"t":null}""");
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _closed.TrySetResult(null);
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }

    private async Task SendRawAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
