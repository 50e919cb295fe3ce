using System.Text.RegularExpressions;

namespace CareerBot.Core.Routing;

/// <summary>
/// The sentences of a chat message, for messages that say who asks before they ask: "I've been an accountant for 8
/// years and I'm good with Excel. What background do these jobs expect?" The statements about the asker are context;
/// what is asked is in the question.
/// </summary>
internal static partial class Sentences
{
    /// <summary>
    /// The message without its statements about the asker (<see cref="AboutTheAsker"/>), when it also asks something;
    /// otherwise the message as it is. Who asks ("I know Excel", "I'm a data analyst") is not what is asked, so it names
    /// nothing the answer must hold.
    /// </summary>
    public static string WithoutAskersStatements(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sentences = Split(message);
        if (sentences.Count < 2 || !sentences.Exists(Asks))
        {
            return message;
        }

        var kept = sentences.Where(s => !AboutTheAsker(s)).ToList();
        return kept.Count == sentences.Count ? message : string.Join(' ', kept);
    }

    /// <summary>Messages shorter than this (in words) are read whole: a short context does not outweigh the question.</summary>
    internal const int AskedMinWords = 14;

    /// <summary>
    /// The last sentence that asks (a question, or a request put as one) of a message of <see cref="AskedMinWords"/> words or more that says
    /// something else too; otherwise null.
    /// </summary>
    public static string? Asked(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Word().Count(message) < AskedMinWords)
        {
            return null;
        }

        var sentences = Split(message);
        return sentences.Count < 2 || sentences.FindLast(Asks) is not { } asked || Word().Count(asked) < 2 ? null : asked;
    }

    /// <summary>The message's sentences, trimmed, each with its closing punctuation.</summary>
    public static List<string> Split(string message) =>
        Break().Split(message.Trim()).Select(s => s.Trim()).Where(s => Word().IsMatch(s)).ToList();

    /// <summary>A question, or a request put as one ("Give me the top reasons people choose it.").</summary>
    private static bool Asks(string sentence) => sentence.EndsWith('?') || Request().IsMatch(sentence);

    /// <summary>
    /// A statement about the asker: in the first person ("I've used Tableau", "my son wants to be...") or an introduction
    /// ("Pharmacist from Cairo here."), that neither asks nor opens as a question.
    /// </summary>
    private static bool AboutTheAsker(string sentence) =>
        !Asks(sentence) && !AskingWords().IsMatch(sentence) && (FirstPerson().IsMatch(sentence) || SelfIntroduction().IsMatch(sentence));

    /// <summary>"Pharmacist from Cairo here.", "civil engineer in Lagos here": who asks, introduced.</summary>
    [GeneratedRegex(@"\bhere\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex SelfIntroduction();

    [GeneratedRegex(@"^(?:(?:please|pls|so|ok|okay)\W+)?(?:give|tell|list|show|explain|describe)\s+(?:me|us)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    /// <summary>Where a sentence or a clause set off by a dash or a semicolon ends: "I've got an Nvidia card - is GPU coding part of the job?"</summary>
    [GeneratedRegex(@"(?<=[.!?;])\s+|\s+[-–—]+\s+|\n+")]
    private static partial Regex Break();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:i|me|my|myself|mine|we|our|ourselves)\b|\bi'?(?:m|ve|d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPerson();

    /// <summary>A sentence that opens as a question though it lacks its "?" ("Should I get the AWS ... - Specialty cert?" cut at the dash).</summary>
    [GeneratedRegex(@"^(?:what|which|who|whose|when|where|why|how|is|are|am|was|were|do|does|did|can|could|should|would|will|shall|may|might|must)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskingWords();
}
