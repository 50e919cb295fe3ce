using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// The hand-off between the receive loops and the handlers: the receive loop only parses and writes here,
/// so a slow handler can never hold up heartbeats or ACKs. Bounded; when handlers fall this far behind,
/// new events are dropped with a warning rather than growing memory without limit.
/// </summary>
internal sealed class DispatchQueue
{
    internal const int Capacity = 1000;

    private readonly Channel<GatewayDispatch> _channel;

    public DispatchQueue(ILogger<DispatchQueue> logger)
    {
        _channel = Channel.CreateBounded<GatewayDispatch>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            dropped => Log.DispatchDropped(logger, dropped.Type, Capacity));
    }

    public ChannelReader<GatewayDispatch> Reader => _channel.Reader;

    public void Enqueue(GatewayDispatch dispatch) => _channel.Writer.TryWrite(dispatch);
}
