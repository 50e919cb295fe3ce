namespace CareerBot.Discord.Rendering;

/// <summary><c>{"parse":[]}</c>: nobody is pinged, except the users listed (a greeted newcomer).</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse, IReadOnlyList<string>? Users = null)
{
    public static AllowedMentions None { get; } = new([]);

    public static AllowedMentions OnlyUser(string userId) => new([], [userId]);
}
