using CareerBot.Discord.Configuration;

namespace CareerBot.Discord.Onboarding;

/// <summary>
/// Discord may send GUILD_MEMBER_ADD more than once for a member: the first claim of (guild, user) within
/// <see cref="DiscordTuning.WelcomeDedupeWindow"/> wins, the repeats are ignored. Bounded memory.
/// </summary>
internal sealed class WelcomeDeduplicator(TimeProvider timeProvider, DiscordTuning tuning)
{
    internal const int Capacity = 50_000;

    private readonly Dictionary<(string Guild, string User), DateTimeOffset> greeted = [];
    private readonly Lock gate = new();

    public bool TryClaim(string guildId, string userId)
    {
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            if (greeted.TryGetValue((guildId, userId), out var at) && now - at < tuning.WelcomeDedupeWindow)
            {
                return false;
            }

            if (greeted.Count >= Capacity)
            {
                foreach (var stale in greeted.Where(e => now - e.Value >= tuning.WelcomeDedupeWindow).Select(e => e.Key).ToList())
                {
                    greeted.Remove(stale);
                }
            }

            greeted[(guildId, userId)] = now;
            return true;
        }
    }
}
