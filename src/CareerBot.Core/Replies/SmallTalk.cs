namespace CareerBot.Core.Replies;

/// <summary>
/// A short friendly reply to a whole message that is only thanks, an acknowledgement or a goodbye ("thanks",
/// "ok", "cool", "bye"), instead of "I don't know" and the whole help. A question that merely starts with
/// such a word ("ok, what about salaries?") is not small talk.
/// </summary>
public static class SmallTalk
{
    private static readonly HashSet<string> Thanks = new(StringComparer.Ordinal)
    {
        "thanks", "thank you", "thx", "ty", "thanks a lot", "thank you so much", "thanks so much", "many thanks", "cheers", "thanks again", "thank you very much",
    };

    private static readonly HashSet<string> Acknowledgements = new(StringComparer.Ordinal)
    {
        "ok", "okay", "k", "kk", "cool", "great", "nice", "awesome", "got it", "perfect", "sounds good", "alright", "all right", "i see", "good", "wow", "ok thanks", "ok thank you", "cool thanks", "great thanks",
    };

    private static readonly HashSet<string> Goodbyes = new(StringComparer.Ordinal)
    {
        "bye", "goodbye", "good bye", "bye bye", "see you", "see ya", "later", "cya", "good night",
    };

    private static readonly IReadOnlyList<FollowUp> FollowUps = [new("What can I ask?", "help")];

    /// <summary>The reply for small talk, or null when the text asks something.</summary>
    public static Reply? ReplyTo(string text)
    {
        var said = Normalise(text);
        if (said.Length == 0)
        {
            return null;
        }

        if (Acknowledgements.Contains(said) && !said.Contains("thank", StringComparison.Ordinal))
        {
            return Say("Anything else?", "Glad that helps. Ask me another question about an ML engineering career, or type help to see what I can do.");
        }

        if (Thanks.Contains(said) || Acknowledgements.Contains(said))
        {
            return Say("You're welcome!", "Glad to help. Ask me anything else about a career as a machine-learning engineer.");
        }

        return Goodbyes.Contains(said)
            ? Say("Goodbye!", "Good luck with your ML engineering career. Come back any time you have a question.")
            : null;
    }

    private static Reply Say(string title, string text) =>
        new(Intent.Help, true, title, [ReplyBlock.Prose(text)], null, [], [], FollowUps);

    private static string Normalise(string text)
    {
        var letters = new string(text.ToLowerInvariant().Select(c => char.IsLetter(c) || c == ' ' ? c : ' ').ToArray());
        return string.Join(' ', letters.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
