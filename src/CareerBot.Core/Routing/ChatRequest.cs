namespace CareerBot.Core.Routing;

/// <summary>
/// A question from any platform, already translated by its adapter: the core never sees platform types.
/// </summary>
/// <param name="Text">What the user wrote (free text or command grammar); mention markup may still be in it.</param>
/// <param name="Platform">"terminal", "slack", "discord", ... for logs and metrics only.</param>
/// <param name="UserId">The platform's user id, when there is one (rate limits, feedback).</param>
/// <param name="ConversationId">
/// The conversation a follow-up continues ("and for lead?"), built with <see cref="Conversations.ConversationIds"/>:
/// a DM, a thread, a terminal session, or one person in a shared channel. Null: the question stands alone.
/// </param>
public sealed record ChatRequest(string Text, string Platform, string? UserId = null, string? ConversationId = null)
{
    /// <summary>
    /// True when the request re-runs an answer the user already got, to show it to the channel (Slack's "Share in
    /// channel", Discord's "Post to channel"): it is answered as usual but it is not a new question, so it is not
    /// recorded as one.
    /// </summary>
    public bool IsShare { get; init; }

    /// <summary>The id of the answer a share repeats (its votes go to that answer), when the share button carried one.</summary>
    public string? SharedAnswerId { get; init; }
}
