using System.Collections.Frozen;
using System.Text;

namespace CareerBot.Core.Search;

/// <summary>
/// Typo tolerance: a word the bot has never seen is replaced by the closest known word (guide text,
/// data aliases, synonyms, command words) when one is close enough: one edit for words of 4-7 letters,
/// two for longer ones, same first letter. "senoir" becomes "senior", "machne lerning" "machine learning";
/// a real English word ("pilot", "manager") is never changed, so it stays what the user meant.
/// </summary>
internal sealed class Speller
{
    private readonly FrozenSet<string> _known;
    private readonly Dictionary<char, string[]> _byFirstLetter;

    public Speller(IEnumerable<string> vocabulary)
    {
        _known = vocabulary.Where(w => w.Length > 0).Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        _byFirstLetter = _known.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    public bool IsKnown(string word) => _known.Contains(word.ToLowerInvariant());

    /// <summary>Whether the word is the start of a longer known word, shortened ("quals", "certs": "qualifications", "certifications").</summary>
    public bool Shortens(string word)
    {
        var start = word.ToLowerInvariant().TrimEnd('s');
        return start.Length >= 4 && _byFirstLetter.TryGetValue(start[0], out var candidates)
            && candidates.Any(known => known.Length > start.Length && known.StartsWith(start, StringComparison.Ordinal));
    }

    /// <summary>True when <see cref="Correct"/> would scan the vocabulary for the word (it is long, unknown and not English).</summary>
    private bool NeedsLookup(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length >= 4 && !_known.Contains(lower) && char.IsLetter(lower[0]) && !EnglishWords.Contains(lower) && _byFirstLetter.ContainsKey(lower[0]);
    }

    /// <summary>The closest known word, or null when the word is known or nothing is close.</summary>
    public string? Correct(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < 4 || _known.Contains(lower) || !char.IsLetter(lower[0]) || EnglishWords.Contains(lower) || !_byFirstLetter.TryGetValue(lower[0], out var candidates))
        {
            return null;
        }

        var limit = lower.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var candidate in candidates)
        {
            if (candidate.Length < 3)
            {
                continue;
            }

            var distance = EditDistance.Compute(lower, candidate, limit);
            if (distance < bestDistance && !(lower.Length <= 5 && IsSingleSubstitution(lower, candidate)))
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// A short word one letter away from another ("pilot"/"pivot", "hire"/"here") is more often a different
    /// word than a typo; dropped, doubled and swapped letters are still corrected.
    /// </summary>
    private static bool IsSingleSubstitution(string a, string b) =>
        a.Length == b.Length && a.Zip(b).Count(p => p.First != p.Second) == 1;

    /// <summary>
    /// How many unknown words one text may have looked up (each a scan of the vocabulary): past that, words are kept as
    /// written, so a question of many unknown words costs no more than one with a few typos.
    /// </summary>
    public const int MaxLookups = 12;

    /// <summary>The text with every correctable word corrected (up to <see cref="MaxLookups"/> look-ups), everything else kept as written.</summary>
    public string CorrectText(string text)
    {
        var output = new StringBuilder(text.Length);
        var lookups = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || (start >= 0 && text[i] == '\''));
            if (inWord)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                var word = text[start..i];
                string? corrected = null;
                if (lookups < MaxLookups && NeedsLookup(word))
                {
                    lookups++;
                    corrected = Correct(word);
                }

                output.Append(corrected ?? word);
                start = -1;
            }

            if (i < text.Length)
            {
                output.Append(text[i]);
            }
        }

        return output.ToString();
    }
}
