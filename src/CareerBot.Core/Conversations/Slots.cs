using System.Runtime.CompilerServices;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Lookups;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Conversations;

/// <summary>
/// The things a question names that a follow-up can swap (levels, skill areas, roles), as the phrases the
/// question used, in the order they appear. Names come from the knowledge, so a team's own data counts.
/// </summary>
internal sealed record Slots(IReadOnlyList<string> Levels, IReadOnlyList<string> Areas, IReadOnlyList<string> Roles)
{
    // The knowledge's names, folded and longest first, once per knowledge generation rather than per question.
    private static readonly ConditionalWeakTable<KnowledgeBase, Names> Cache = [];

    public bool IsEmpty => Levels.Count == 0 && Areas.Count == 0;

    public IEnumerable<string> All => Levels.Concat(Areas).Concat(Roles);

    public static Slots Find(Phrase phrase, KnowledgeBase knowledge)
    {
        var names = Cache.GetValue(knowledge, Names.Of);
        var taken = new List<(int Start, int End)>();
        var levels = Match(phrase, names.Levels, taken);
        var areas = Match(phrase, names.Areas, taken);
        var roles = Match(phrase, names.Roles, taken);
        return new Slots(levels, areas, roles);
    }

    /// <summary>The longest names first, each place in the question used once ("tech lead" is one level, not two).</summary>
    private static IReadOnlyList<string> Match(Phrase phrase, Name[] names, List<(int Start, int End)> taken)
    {
        // Runs over every name of the knowledge for every question (and again when the answer is remembered):
        // a plain search for the padded name, no per-name lookups or allocations.
        List<(int At, string Name)>? found = null;
        var text = phrase.Padded;
        foreach (var (name, needle) in names)
        {
            var at = text.IndexOf(needle, StringComparison.Ordinal);
            if (at < 0 || Overlaps(taken, at, at + name.Length + 1))
            {
                continue;
            }

            taken.Add((at, at + name.Length + 1));
            (found ??= []).Add((at, name));
        }

        if (found is null)
        {
            return [];
        }

        // Names found never share a start (the second would overlap the first), so the order is total.
        found.Sort((a, b) => a.At.CompareTo(b.At));
        var result = new string[found.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = found[i].Name;
        }

        return result;
    }

    private static bool Overlaps(List<(int Start, int End)> taken, int start, int end)
    {
        foreach (var t in taken)
        {
            if (start < t.End && t.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A folded name and what it looks like inside a <see cref="Phrase.Padded"/> text: " name ".</summary>
    private readonly record struct Name(string Folded, string Needle);

    private sealed record Names(Name[] Levels, Name[] Areas, Name[] Roles)
    {
        public static Names Of(KnowledgeBase knowledge) => new(
            Fold(knowledge.Salaries.SelectMany(b => (string[])[b.Level, b.Title, .. b.Aliases])
                .Concat(knowledge.Ladder.Steps.SelectMany(s => (string[])[s.Step, s.Title, .. s.Aliases]))
                .SelectMany(LevelMatcher.WithPlural)),
            Fold(knowledge.SkillAreas.SelectMany(a => (string[])[a.Area, a.Title, .. a.Aliases])),
            Fold(knowledge.Roles.Roles.SelectMany(r => (string[])[r.Title, .. r.Aliases])));

        // Phrase.Of(folded).Padded is " " + folded + " ": what Phrase.IndexOf looks for.
        private static Name[] Fold(IEnumerable<string> names) =>
            [.. names.Select(n => Phrase.Of(n).ToString()).Where(n => n.Length > 0).Distinct().OrderByDescending(n => n.Length)
                .Select(n => new Name(n, Phrase.Of(n).Padded))];
    }
}
