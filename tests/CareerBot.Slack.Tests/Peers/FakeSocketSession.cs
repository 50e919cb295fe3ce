using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace CareerBot.Slack.Tests.Peers;

/// <summary>
/// The server side of one Socket Mode connection, driven by a test: send hello, envelopes and disconnects, read the
/// bot's acknowledgements, drop the socket. A silent session never reads, so it answers no ping either.
/// </summary>
public sealed class FakeSocketSession
{
    private readonly WebSocket _socket;
    private readonly Channel<string> _received = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public FakeSocketSession(WebSocket socket, int number, bool silent)
    {
        _socket = socket;
        Number = number;
        if (!silent)
        {
            _ = Task.Run(ReceiveLoopAsync);
        }
    }

    public int Number { get; }

    /// <summary>The status of the close frame the bot sent, or null when it sent none (dropped, aborted, or still open).</summary>
    public WebSocketCloseStatus? CloseStatus { get; private set; }

    /// <summary>The reason the bot gave in its close frame.</summary>
    public string? CloseDescription { get; private set; }

    /// <summary>Completes when the connection is over (closed by either side, dropped or aborted).</summary>
    public Task Ended => _ended.Task;

    public Task SendHelloAsync() => SendAsync("""{"type":"hello","num_connections":1,"connection_info":{"app_id":"A0APP"},"debug_info":{"host":"fake"}}""");

    public Task SendDisconnectAsync(string reason) => SendAsync($$$"""{"type":"disconnect","reason":"{{{reason}}}","debug_info":{"host":"fake"}}""");

    public async Task SendAsync(string json)
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

    /// <summary>The next message from the bot, parsed.</summary>
    public async Task<JsonElement> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var text = await _received.Reader.ReadAsync(cts.Token);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>True when the bot sent nothing within <paramref name="wait"/>.</summary>
    public async Task<bool> NothingReceivedWithinAsync(TimeSpan wait)
    {
        using var cts = new CancellationTokenSource(wait);
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

    /// <summary>Drops the connection without a close handshake, like a network failure.</summary>
    public void Drop()
    {
        _socket.Abort();
        _ended.TrySetResult();
    }

    internal void End() => _ended.TrySetResult();

    private async Task ReceiveLoopAsync()
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
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        // The bot closed properly: answer its close frame, as Slack does, and remember why it closed.
                        CloseStatus = result.CloseStatus;
                        CloseDescription = result.CloseStatusDescription;
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                        _ended.TrySetResult();
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                await _received.Writer.WriteAsync(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            _ended.TrySetResult();
        }
    }
}
