namespace CareerBot.Core.Conversations;

/// <summary>
/// How adapters name a conversation (<see cref="Routing.ChatRequest.ConversationId"/>), the same way on every
/// platform. Where several people talk in one place, each person is a conversation of their own, so two
/// people's subjects never mix. A missing part gives null: no memory rather than a shared one.
/// </summary>
public static class ConversationIds
{
    /// <summary>A place one person talks to the bot in: a DM, a terminal session.</summary>
    public static string? Place(string? place) => string.IsNullOrEmpty(place) ? null : place;

    /// <summary>A thread of a channel (Slack's <c>thread_ts</c>): the thread is the conversation.</summary>
    public static string? Thread(string? place, string? thread) =>
        string.IsNullOrEmpty(place) || string.IsNullOrEmpty(thread) ? null : $"{place}/thread/{thread}";

    /// <summary>One person in a shared place (a channel's slash commands and buttons, a guild channel).</summary>
    public static string? Person(string? place, string? user) =>
        string.IsNullOrEmpty(place) || string.IsNullOrEmpty(user) ? null : $"{place}/user/{user}";
}
