using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CareerBot.Discord.Configuration;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// Keeps follow-up commands too long for a <c>custom_id</c>, keyed by a hash of the text, for
/// <see cref="DiscordTuning.FollowUpLifetime"/>. Bounded; the oldest entries go first.
/// </summary>
internal sealed class FollowUpCommandStore(TimeProvider timeProvider, DiscordTuning tuning)
{
    internal const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public string Add(string command)
    {
        var key = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(command)), 0, 18)
            .Replace('+', '-').Replace('/', '_');
        var now = timeProvider.GetUtcNow();
        entries[key] = new Entry(command, now + tuning.FollowUpLifetime);
        if (entries.Count > Capacity)
        {
            Prune(now);
        }

        return key;
    }

    public string? Find(string key) =>
        entries.TryGetValue(key, out var entry) && entry.ExpiresAt > timeProvider.GetUtcNow() ? entry.Command : null;

    private void Prune(DateTimeOffset now)
    {
        var oldestFirst = entries.OrderBy(e => e.Value.ExpiresAt).ToList();
        var excess = entries.Count - (Capacity * 9 / 10);
        foreach (var (key, entry) in oldestFirst)
        {
            if (entry.ExpiresAt > now && excess <= 0)
            {
                break;
            }

            if (entries.TryRemove(key, out _))
            {
                excess--;
            }
        }
    }

    private sealed record Entry(string Command, DateTimeOffset ExpiresAt);
}
