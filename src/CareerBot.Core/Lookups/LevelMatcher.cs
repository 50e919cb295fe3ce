using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

/// <summary>
/// Finds salary levels and ladder steps named in a question, in the order they appear. A name used as a verb after
/// its subject ("before I graduate", "I lead a team") names no level.
/// </summary>
internal static class LevelMatcher
{
    public static IReadOnlyList<SalaryBand> SalaryLevels(Phrase text, IEnumerable<SalaryBand> bands) =>
        InOrder(text, bands, b => [b.Level, b.Title, .. b.Aliases]);

    public static IReadOnlyList<LadderStep> LadderSteps(Phrase text, CareerLadder ladder) =>
        InOrder(text, ladder.Steps, s => [s.Step, s.Title, .. s.Aliases]);

    private static IReadOnlyList<T> InOrder<T>(Phrase text, IEnumerable<T> candidates, Func<T, string[]> names) =>
        candidates
            .Select(c => (Item: c, At: names(c).SelectMany(WithPlural).Select(text.IndexOfNoun).Where(i => i >= 0).DefaultIfEmpty(-1).Min()))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At)
            .Select(x => x.Item)
            .ToArray();

    /// <summary>A name and its plural ("seniors", "leads"), for "and for seniors?".</summary>
    internal static IEnumerable<string> WithPlural(string name)
    {
        yield return name;
        if (name.Length > 2 && char.IsLetter(name[^1]) && !name.EndsWith('s'))
        {
            yield return name + "s";
        }
    }
}
