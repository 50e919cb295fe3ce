using System.Collections.Frozen;

namespace CareerBot.Core.Search;

/// <summary>
/// Real English words (SCOWL, see EnglishWords.NOTICE.txt), embedded in the assembly: the typo corrector
/// leaves these alone, since a real word is more likely a different word than a typo.
/// </summary>
internal static class EnglishWords
{
    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    public static bool Contains(string lowerWord) => Words.Value.Contains(lowerWord);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("CareerBot.Core.Search.EnglishWords.txt")
            ?? throw new InvalidOperationException("The embedded English word list is missing from CareerBot.Core.");
        using var reader = new StreamReader(stream);
        var words = new List<string>(40_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
