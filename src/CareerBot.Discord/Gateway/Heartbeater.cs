using System.Net.WebSockets;
using System.Threading.Channels;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// Beats on its own timer, independent of the receive loop: first after <c>interval * jitter</c>, then every
/// interval. A beat finding the previous one unacknowledged reports a zombie connection instead of beating.
/// </summary>
internal sealed class Heartbeater : IAsyncDisposable
{
    private readonly Channel<bool> ticks = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource stop = new();
    private readonly Func<CancellationToken, Task> sendBeat;
    private readonly Action onZombie;
    private readonly ITimer timer;
    private readonly Task loop;
    private int acknowledged = 1;
    private int ackCount;

    /// <summary>Starts the timer at once, so the first beat is due <paramref name="firstBeatFraction"/> of an interval after Hello.</summary>
    public Heartbeater(TimeSpan interval, double firstBeatFraction, TimeProvider timeProvider, Func<CancellationToken, Task> sendBeat, Action onZombie)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.sendBeat = sendBeat;
        this.onZombie = onZombie;
        timer = timeProvider.CreateTimer(_ => ticks.Writer.TryWrite(true), null, interval * firstBeatFraction, interval);
        loop = RunAsync();
    }

    /// <summary>Op 11 arrived since the last beat.</summary>
    public int AckCount => Volatile.Read(ref ackCount);

    public void Acknowledge()
    {
        Volatile.Write(ref acknowledged, 1);
        Interlocked.Increment(ref ackCount);
    }

    /// <summary>Discord asked for a beat (op 1): send one now, outside the regular cadence.</summary>
    public Task BeatNowAsync(CancellationToken cancellationToken) => sendBeat(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await timer.DisposeAsync().ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        ticks.Writer.TryComplete();
        await loop.ConfigureAwait(false);
        stop.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            await foreach (var unused in ticks.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                if (Interlocked.Exchange(ref acknowledged, 0) == 0)
                {
                    onZombie();
                    return;
                }

                await sendBeat(stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection is closing; the receive loop decides what happens next.
        }
    }
}
