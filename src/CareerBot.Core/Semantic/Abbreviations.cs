using System.Text.RegularExpressions;

namespace CareerBot.Core.Semantic;

/// <summary>
/// Spells out the abbreviations of <c>knowledge/synonyms.txt</c> ("mle", "sr", "nlp") in the text given to
/// the embedding model, which knows "machine learning engineer" far better than "mle". Only true
/// abbreviations are taken, by form, not from a list: a one-word term whose letters appear in order in a
/// longer term of the same rule, starting with the same letter ("sr" - "senior", "ml" - "machine learning").
/// Other rules ("why => reasons", "pay, compensation") are for the word search and are left to it. An
/// abbreviation the guide itself uses ("ML Engineer") is kept: the sections' vectors were made with it, and
/// spelling it out only in the question moved "ml engineering" questions to the definition section (measured).
/// </summary>
internal sealed class Abbreviations
{
    private readonly Dictionary<string, string> _full;
    private readonly Regex? _pattern;

    private Abbreviations(Dictionary<string, string> full)
    {
        _full = full;
        _pattern = full.Count == 0
            ? null
            : new Regex(@"(?<![\w])(" + string.Join('|', full.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public static Abbreviations None { get; } = new([]);

    /// <summary>Reads the abbreviations out of synonym rules in Solr format, except those <paramref name="guideText"/> uses.</summary>
    public static Abbreviations Parse(string synonyms, IEnumerable<string> guideText)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        ArgumentNullException.ThrowIfNull(guideText);
        var used = new HashSet<string>(
            guideText.SelectMany(t => Regex.Split(t.ToLowerInvariant(), @"[^\p{L}\p{Nd}]+", RegexOptions.None, TimeSpan.FromSeconds(1))),
            StringComparer.OrdinalIgnoreCase);
        var full = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in synonyms.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var sides = line.Split("=>");
            var sources = Terms(sides[0]);
            var targets = sides.Length == 2 ? Terms(sides[1]) : sources;
            foreach (var source in sources.Where(s => !s.Contains(' ', StringComparison.Ordinal) && s.All(char.IsLetter) && !used.Contains(s)))
            {
                // The first longer term it abbreviates; multi-word spellings first ("ds" - "data scientist").
                var target = targets
                    .Where(t => t.Length > source.Length && IsAbbreviationOf(source, t))
                    .OrderByDescending(t => t.Contains(' ', StringComparison.Ordinal))
                    .FirstOrDefault();
                if (target is not null)
                {
                    full.TryAdd(source, target);
                }
            }
        }

        // "mle" -> "ml engineer" -> "machine learning engineer": spell out the abbreviations inside a target.
        var once = new Abbreviations(full);
        return new Abbreviations(full.ToDictionary(p => p.Key, p => once.Expand(p.Value), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The text with every known abbreviation spelled out.</summary>
    public string Expand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _pattern is null ? text : _pattern.Replace(text, m => _full[m.Value]);
    }

    private static string[] Terms(string side) =>
        side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => t.ToLowerInvariant()).ToArray();

    private static bool IsAbbreviationOf(string shortForm, string longForm)
    {
        if (shortForm[0] != longForm[0])
        {
            return false;
        }

        var at = 0;
        foreach (var c in longForm)
        {
            if (at < shortForm.Length && c == shortForm[at])
            {
                at++;
            }
        }

        return at == shortForm.Length;
    }
}
