using System.Runtime.CompilerServices;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

/// <summary>
/// Finds salary levels and ladder steps named in a question, in the order they appear. A name used as a verb after
/// its subject ("before I graduate", "I lead a team") names no level.
/// </summary>
internal static class LevelMatcher
{
    /// <summary>An end of the ladder or the pay bands named by a level's word: "the most senior position" names no level.</summary>
    public static readonly string[] Superlatives = ["most senior", "most junior"];

    /// <summary>
    /// The text without the levels it says are not meant: "not senior yet", "not a lead", "not quite senior". Such a
    /// level is what the asker is not, so it names no level asked.
    /// </summary>
    public static Phrase WithoutNegated(Phrase text, IEnumerable<SalaryBand> bands, CareerLadder ladder)
    {
        if (!text.Has("not"))
        {
            return text;
        }

        var names = bands.SelectMany(b => NamesWithPlurals(b, NamesOf)).Concat(ladder.Steps.SelectMany(s => NamesWithPlurals(s, NamesOf)));
        return text.Without(names.SelectMany(n => Negations.Select(no => $"{no} {n}")).ToArray());
    }

    private static readonly string[] Negations = ["not", "not yet", "not a", "not an", "not yet a", "not quite", "not quite a", "not at", "not at the"];

    public static IReadOnlyList<SalaryBand> SalaryLevels(Phrase text, IEnumerable<SalaryBand> bands) =>
        InOrder(text, bands, NamesOf);

    public static IReadOnlyList<LadderStep> LadderSteps(Phrase text, CareerLadder ladder) =>
        InOrder(text, ladder.Steps, NamesOf);

    private static string[] NamesOf(SalaryBand band) => [band.Level, band.Title, .. band.Aliases];

    private static string[] NamesOf(LadderStep step) => [step.Step, step.Title, .. step.Aliases];

    /// <summary>
    /// The rung a question names by its place beside the one rung it names (<paramref name="steps"/>, as
    /// <see cref="LadderSteps"/> found them): "the role one step above senior", "the level after lead", "right before
    /// architect". Null when it names no rung, more than one, or none by its place, or the place falls off the ladder.
    /// </summary>
    public static LadderStep? PlacedBeside(Phrase text, IReadOnlyList<LadderStep> steps, CareerLadder ladder)
    {
        if (steps is not [var named])
        {
            return null;
        }

        var at = ladder.Steps.ToList().IndexOf(named);
        foreach (var name in NamesOf(named))
        {
            foreach (var article in (string[])["", "the ", "a ", "an "])
            {
                var shift = Above.Any(w => text.Has($"{w} {article}{name}")) ? 1 : Below.Any(w => text.Has($"{w} {article}{name}")) ? -1 : 0;
                if (shift != 0)
                {
                    return at + shift >= 0 && at + shift < ladder.Steps.Count ? ladder.Steps[at + shift] : null;
                }
            }
        }

        return null;
    }

    private static readonly string[] Above = ["after", "above", "beyond", "past"];

    private static readonly string[] Below = ["before", "below", "under", "prior to"];

    // Each band's or step's names with their plurals, made once per knowledge generation (the records are replaced
    // on a reload, and their entries go with them) rather than for every question.
    private static readonly ConditionalWeakTable<object, string[]> Names = [];

    private static IReadOnlyList<T> InOrder<T>(Phrase text, IEnumerable<T> candidates, Func<T, string[]> names)
        where T : class
    {
        List<(T Item, int At)>? found = null;
        foreach (var candidate in candidates)
        {
            var first = -1;
            foreach (var name in NamesWithPlurals(candidate, names))
            {
                var at = text.IndexOfNoun(name);
                if (at >= 0 && (first < 0 || at < first))
                {
                    first = at;
                }
            }

            if (first >= 0)
            {
                (found ??= []).Add((candidate, first));
            }
        }

        return found is null ? [] : [.. found.OrderBy(x => x.At).Select(x => x.Item)];
    }

    /// <summary>A band's or step's names with their plurals, from the cache.</summary>
    private static string[] NamesWithPlurals<T>(T candidate, Func<T, string[]> names)
        where T : class
    {
        if (!Names.TryGetValue(candidate, out var all))
        {
            all = [.. names(candidate).SelectMany(WithPlural)];
            Names.AddOrUpdate(candidate, all);
        }

        return all;
    }

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
