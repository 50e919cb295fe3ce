using System.Collections.Concurrent;
using System.Text;

namespace CareerBot.Core.Routing;

/// <summary>
/// Text folded for phrase matching: lower case, punctuation turned into spaces (but <c>+</c> kept, for
/// C++), padded with spaces so <c>Contains(" lead ")</c> only matches whole words.
/// </summary>
internal sealed class Phrase
{
    private const int NeedleCacheLimit = 20_000;

    // Cue words and knowledge names are folded once, not on every question.
    private static readonly ConcurrentDictionary<string, string> Needles = new(StringComparer.Ordinal);

    private Phrase(string padded) => Padded = padded;

    public string Padded { get; }

    public IEnumerable<string> Words => Padded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static Phrase Of(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        var lastSpace = true;
        foreach (var c in text.ToLowerInvariant())
        {
            var keep = char.IsLetterOrDigit(c) || c == '+';
            if (keep)
            {
                builder.Append(c);
                lastSpace = false;
            }
            else if (c == '\'')
            {
                continue; // "what's" -> "whats", "bachelor's" -> "bachelors"
            }
            else if (!lastSpace)
            {
                builder.Append(' ');
                lastSpace = true;
            }
        }

        if (!lastSpace)
        {
            builder.Append(' ');
        }

        return new Phrase(builder.ToString());
    }

    /// <summary>True when <paramref name="phrase"/> occurs as whole words.</summary>
    public bool Has(string phrase)
    {
        var needle = Needle(phrase);
        return needle.Trim().Length > 0 && Padded.Contains(needle, StringComparison.Ordinal);
    }

    public bool HasAny(IEnumerable<string> phrases) => phrases.Any(Has);

    /// <summary>Where the phrase starts, or -1.</summary>
    public int IndexOf(string phrase)
    {
        var needle = Needle(phrase);
        return needle.Trim().Length == 0 ? -1 : Padded.IndexOf(needle, StringComparison.Ordinal);
    }

    /// <summary>Where the phrase first starts as a noun, not a verb after a subject ("before I graduate", "I lead a team"), or -1.</summary>
    public int IndexOfNoun(string phrase)
    {
        var needle = Needle(phrase);
        if (needle.Trim().Length == 0)
        {
            return -1;
        }

        for (var at = Padded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = Padded.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            // The needle starts with the space after the word before it, if there is one.
            if (at == 0 || !Subjects.Contains(Padded[(Padded.LastIndexOf(' ', at - 1) + 1)..at]))
            {
                return at;
            }
        }

        return -1;
    }

    private static readonly HashSet<string> Subjects = new(["i", "you", "u", "we", "they", "he", "she", "ill", "youll", "well", "theyll"], StringComparer.Ordinal);

    /// <summary>A copy with the given phrases blanked out (e.g. "machine learning" before looking for "learn").</summary>
    public Phrase Without(IEnumerable<string> phrases)
    {
        var text = Padded;
        foreach (var phrase in phrases)
        {
            var needle = Needle(phrase);
            if (needle.Trim().Length > 0)
            {
                text = text.Replace(needle, " ", StringComparison.Ordinal);
            }
        }

        return Of(text);
    }

    public override string ToString() => Padded.Trim();

    private static string Needle(string phrase)
    {
        if (Needles.TryGetValue(phrase, out var cached))
        {
            return cached;
        }

        var needle = Of(phrase).Padded;
        if (Needles.Count < NeedleCacheLimit)
        {
            Needles.TryAdd(phrase, needle);
        }

        return needle;
    }
}
