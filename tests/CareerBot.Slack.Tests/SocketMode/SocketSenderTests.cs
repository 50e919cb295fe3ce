using System.Net.WebSockets;
using CareerBot.Slack.SocketMode;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Slack.Tests.SocketMode;

public sealed class SocketSenderTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60); // only a failing test waits this long

    [Fact]
    public async Task SendAsync_TheCallerCancelsWhileAFrameIsGoingOut_TheFrameIsNotCancelled_AndTheCloseFollows()
    {
        // Cancelling a WebSocket send aborts the socket: a host stopping while an ack was going out lost the close handshake.
        using var socket = new HeldSocket();
        var sender = new SocketSender(socket, TimeProvider.System, NullLogger.Instance);
        using var stopping = new CancellationTokenSource();

        var sending = sender.SendAsync(new SocketAck("env-1"), stopping.Token);
        await socket.SendStarted.WaitAsync(Patience);
        await stopping.CancelAsync();
        socket.LetTheSendFinish();

        Assert.True(await sending.WaitAsync(Patience));
        Assert.False(socket.SendCancelled);
        await sender.CloseQuietlyAsync("shutting down");
        Assert.Equal((WebSocketCloseStatus.NormalClosure, "shutting down"), (socket.ClosedWith, socket.ClosedBecause));
    }

    [Fact]
    public async Task SendAsync_CancelledBeforeItsTurn_SendsNothing()
    {
        using var socket = new HeldSocket();
        var sender = new SocketSender(socket, TimeProvider.System, NullLogger.Instance);
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sender.SendAsync(new SocketAck("env-1"), stopping.Token));
        Assert.False(socket.SendStarted.IsCompleted);
    }

    /// <summary>A socket whose sends wait until the test lets them finish, and that records how it was closed.</summary>
    private sealed class HeldSocket : WebSocket
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task SendStarted => _started.Task;

        public bool SendCancelled { get; private set; }

        public WebSocketCloseStatus? ClosedWith { get; private set; }

        public string? ClosedBecause { get; private set; }

        public override WebSocketCloseStatus? CloseStatus => ClosedWith;

        public override string? CloseStatusDescription => ClosedBecause;

        public override WebSocketState State => ClosedWith is null ? WebSocketState.Open : WebSocketState.CloseSent;

        public override string? SubProtocol => null;

        public void LetTheSendFinish() => _finish.TrySetResult();

        public override async Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            await _finish.Task;
            SendCancelled = cancellationToken.IsCancellationRequested;
        }

        public override ValueTask SendAsync(ReadOnlyMemory<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
            new(SendAsync(new ArraySegment<byte>(buffer.ToArray()), messageType, endOfMessage, cancellationToken));

        public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
        {
            (ClosedWith, ClosedBecause) = (closeStatus, statusDescription);
            return Task.CompletedTask;
        }

        public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
            CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

        public override Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken) =>
            throw new NotSupportedException("the sender never receives");

        public override void Abort()
        {
        }

        public override void Dispose()
        {
        }
    }
}
