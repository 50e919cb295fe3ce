using CareerBot.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.WebApi;

/// <summary>
/// Keeps the bot's messages to about one per second per channel (Slack's chat.postMessage guidance): each send
/// takes the next free slot of its channel and waits for it.
/// </summary>
internal sealed class ChannelPacer(TimeProvider timeProvider, IOptions<SlackOptions> options)
{
    private const int PruneThreshold = 10_000;
    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var interval = options.Value.ChannelMessageInterval;
        if (interval <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        var now = timeProvider.GetUtcNow();
        DateTimeOffset slot;
        lock (_gate)
        {
            slot = _nextSlot.TryGetValue(channel, out var next) && next > now ? next : now;
            _nextSlot[channel] = slot + interval;
            if (_nextSlot.Count > PruneThreshold)
            {
                foreach (var stale in _nextSlot.Where(pair => pair.Value <= now).Select(pair => pair.Key).ToList())
                {
                    _nextSlot.Remove(stale);
                }
            }
        }

        var wait = slot - now;
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, timeProvider, cancellationToken);
    }
}
