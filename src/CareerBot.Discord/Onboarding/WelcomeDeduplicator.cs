using CareerBot.Discord.Configuration;

namespace CareerBot.Discord.Onboarding;

/// <summary>
/// Discord may send GUILD_MEMBER_ADD more than once for a member: the first claim of (guild, user) within
/// <see cref="DiscordTuning.WelcomeDedupeWindow"/> wins, the repeats are ignored. At most <see cref="Capacity"/>
/// joins are remembered: past that the oldest are forgotten first (a repeat comes within minutes, not hours).
/// </summary>
internal sealed class WelcomeDeduplicator(TimeProvider timeProvider, DiscordTuning tuning)
{
    internal const int Capacity = 50_000;

    private readonly Dictionary<(string Guild, string User), DateTimeOffset> greeted = [];
    private readonly Queue<((string Guild, string User) Key, DateTimeOffset At)> byAge = new();
    private readonly Lock gate = new();

    /// <summary>Joins remembered.</summary>
    internal int Count
    {
        get
        {
            lock (gate)
            {
                return greeted.Count;
            }
        }
    }

    public bool TryClaim(string guildId, string userId)
    {
        var now = timeProvider.GetUtcNow();
        var key = (guildId, userId);
        lock (gate)
        {
            if (greeted.TryGetValue(key, out var at) && now - at < tuning.WelcomeDedupeWindow)
            {
                return false;
            }

            Forget(now);
            greeted[key] = now;
            byAge.Enqueue((key, now));
            return true;
        }
    }

    /// <summary>Drops expired joins, then the oldest until there is room for one more.</summary>
    private void Forget(DateTimeOffset now)
    {
        while (byAge.TryPeek(out var oldest)
            && (now - oldest.At >= tuning.WelcomeDedupeWindow || greeted.Count >= Capacity))
        {
            byAge.Dequeue();
            // A join claimed again after it expired has a newer entry further back: keep that one.
            if (greeted.TryGetValue(oldest.Key, out var at) && at == oldest.At)
            {
                greeted.Remove(oldest.Key);
            }
        }
    }
}
