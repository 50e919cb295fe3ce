using System.Threading.Channels;
using CareerBot.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Queue;

/// <summary>The bounded queue between acknowledging a delivery and handling it.</summary>
internal sealed class SlackWorkQueue(IOptions<SlackOptions> options)
{
    private readonly Channel<SlackWork> _channel = Channel.CreateBounded<SlackWork>(
        new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });

    public ChannelReader<SlackWork> Reader => _channel.Reader;

    /// <summary>
    /// False when the queue is full or closed: the caller refuses the delivery so Slack retries later. Nothing ever
    /// waits for room: a waiting receive loop would stop every other delivery.
    /// </summary>
    public bool TryEnqueue(SlackWork work) => _channel.Writer.TryWrite(work);

    /// <summary>No more work is accepted; the workers drain what is queued.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
