using CareerBot.Storage;

namespace CareerBot.Adapters.Feedback;

/// <summary>
/// The two buttons under every recorded answer, the same on every platform: their labels and the token that carries
/// the vote and the answer id (Slack's button <c>value</c>, Discord's <c>custom_id</c>: 27 characters, well under
/// either limit). The token names no user: whoever clicks is the voter.
/// </summary>
public static class FeedbackButtons
{
    public const string HelpfulLabel = "Helpful";
    public const string NotHelpfulLabel = "Not helpful";

    private const string HelpfulPrefix = "fb:y:";
    private const string NotHelpfulPrefix = "fb:n:";

    public static string Encode(bool helpful, string answerId)
    {
        ArgumentNullException.ThrowIfNull(answerId);
        return (helpful ? HelpfulPrefix : NotHelpfulPrefix) + answerId;
    }

    /// <summary>True when the token is a feedback button's (even a malformed one); <paramref name="click"/> is null when malformed.</summary>
    public static bool IsFeedback(string? token) => token?.StartsWith("fb:", StringComparison.Ordinal) == true;

    /// <summary>The vote in a button's token, or null when it is not a well-formed feedback token.</summary>
    public static FeedbackClick? Decode(string? token)
    {
        if (token is null)
        {
            return null;
        }

        var helpful = token.StartsWith(HelpfulPrefix, StringComparison.Ordinal);
        if (!helpful && !token.StartsWith(NotHelpfulPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var id = token[HelpfulPrefix.Length..];
        return AnswerIds.IsValid(id) ? new FeedbackClick(id, helpful) : null;
    }
}
