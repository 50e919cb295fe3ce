using System.Collections.Concurrent;
using CareerBot.Adapters.Digest;

namespace CareerBot.Adapters.Tests.Digest;

/// <summary>A platform that records what it was asked to post; it fails while <see cref="Fail"/> is set. Channels must start with C.</summary>
internal sealed class RecordingPoster(string platform) : IDigestPoster
{
    public ConcurrentQueue<(string Channel, WeeklyDigest Digest)> Posts { get; } = new();

    public bool Fail { get; set; }

    public string Platform => platform;

    public string? CheckChannel(string channel) => channel.StartsWith('C') ? null : "must be a channel id such as C0123";

    public Task PostAsync(string channel, WeeklyDigest digest, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new HttpRequestException("the platform is down");
        }

        Posts.Enqueue((channel, digest));
        return Task.CompletedTask;
    }
}
