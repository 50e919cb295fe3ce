namespace CareerBot.Core.Replies;

/// <summary>How an adapter delivers a <see cref="Reply"/>.</summary>
public enum ReplyDelivery
{
    /// <summary>An answer (or an honest "I don't know"): send it.</summary>
    Answer,

    /// <summary>The one "you're asking faster than I can answer" notice of a rate-limit window: send it.</summary>
    RateLimitNotice,

    /// <summary>
    /// The user is still over the limit and already has the notice: send nothing where the platform allows
    /// silence. The reply still carries the notice text for a platform that must answer every request.
    /// </summary>
    Suppress,
}
