using System.Net.WebSockets;
using System.Threading.Channels;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// Beats on its own timer, independent of the receive loop: first after <c>interval * jitter</c>, then every
/// interval. A beat finding the previous one unacknowledged reports a zombie connection instead of beating.
/// </summary>
internal sealed class Heartbeater : IAsyncDisposable
{
    private readonly Channel<bool> _ticks = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<CancellationToken, Task> _sendBeat;
    private readonly Action _onZombie;
    private readonly ITimer _timer;
    private readonly Task _loop;
    private int _acknowledged = 1;
    private int _ackCount;

    /// <summary>Starts the timer at once, so the first beat is due <paramref name="firstBeatFraction"/> of an interval after Hello.</summary>
    public Heartbeater(TimeSpan interval, double firstBeatFraction, TimeProvider timeProvider, Func<CancellationToken, Task> sendBeat, Action onZombie)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _sendBeat = sendBeat;
        _onZombie = onZombie;
        _timer = timeProvider.CreateTimer(_ => _ticks.Writer.TryWrite(true), null, interval * firstBeatFraction, interval);
        _loop = RunAsync();
    }

    /// <summary>Op 11 arrived since the last beat.</summary>
    public int AckCount => Volatile.Read(ref _ackCount);

    public void Acknowledge()
    {
        Volatile.Write(ref _acknowledged, 1);
        Interlocked.Increment(ref _ackCount);
    }

    /// <summary>Discord asked for a beat (op 1): send one now, outside the regular cadence.</summary>
    public Task BeatNowAsync(CancellationToken cancellationToken) => _sendBeat(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync();
        await _stop.CancelAsync();
        _ticks.Writer.TryComplete();
        await _loop;
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            await foreach (var unused in _ticks.Reader.ReadAllAsync(_stop.Token))
            {
                if (Interlocked.Exchange(ref _acknowledged, 0) == 0)
                {
                    _onZombie();
                    return;
                }

                await _sendBeat(_stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection is closing; the receive loop decides what happens next.
        }
    }
}
