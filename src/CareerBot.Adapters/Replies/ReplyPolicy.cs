using CareerBot.Core.Replies;

namespace CareerBot.Adapters.Replies;

/// <summary>
/// What every chat renderer says the same way, whatever its markup: the apology when answering failed, the sources
/// line (each source as the core describes it, "Title › Section"), and which replies offer the button that shares an
/// answer with the channel.
/// </summary>
public static class ReplyPolicy
{
    /// <summary>Said when answering failed; the platforms may add how to get help there.</summary>
    public const string Apology = "Sorry, CareerBot could not answer that just now. Please try again in a moment.";

    /// <summary>Between two sources on the sources line.</summary>
    public const string SourceSeparator = " · ";

    /// <summary>The sources worth naming, in order: described by the core, blank ones and repeats left out.</summary>
    public static IReadOnlyList<string> SourceNames(IReadOnlyList<SourceRef> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return [.. sources.Select(PlainTextRenderer.Describe).Where(name => !string.IsNullOrWhiteSpace(name)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// What a share (Slack) or post (Discord) button carries: the command it re-runs for the channel, with the id of
    /// the recorded answer it shares (<see cref="Feedback.ShareButtons"/>), or null for no button: only an answered
    /// reply is worth sharing, never "I don't know" or an apology.
    /// </summary>
    public static string? ShareCommand(Reply reply, string? command)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Answered && !string.IsNullOrWhiteSpace(command) ? Feedback.ShareButtons.Encode(command, FeedbackAnswerId(reply)) : null;
    }

    /// <summary>
    /// The answer id the "Helpful" / "Not helpful" buttons carry, or null for none: every recorded answer (an honest
    /// "I don't know" too: a "Not helpful" there says the gap hurts) has them; notices and apologies never do.
    /// </summary>
    public static string? FeedbackAnswerId(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Delivery == ReplyDelivery.Answer && reply.AnswerId is { } id && Storage.AnswerIds.IsValid(id) ? id : null;
    }
}
