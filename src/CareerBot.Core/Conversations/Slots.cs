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
    private static IReadOnlyList<string> Match(Phrase phrase, string[] names, List<(int Start, int End)> taken)
    {
        var found = new List<(int At, string Name)>();
        foreach (var name in names)
        {
            var at = phrase.IndexOf(name);
            if (at < 0 || taken.Any(t => at < t.End && t.Start < at + name.Length + 1))
            {
                continue;
            }

            taken.Add((at, at + name.Length + 1));
            found.Add((at, name));
        }

        return found.OrderBy(f => f.At).Select(f => f.Name).ToArray();
    }

    private sealed record Names(string[] Levels, string[] Areas, string[] Roles)
    {
        public static Names Of(KnowledgeBase knowledge) => new(
            Fold(knowledge.Salaries.SelectMany(b => (string[])[b.Level, b.Title, .. b.Aliases])
                .Concat(knowledge.Ladder.Steps.SelectMany(s => (string[])[s.Step, s.Title, .. s.Aliases]))
                .SelectMany(LevelMatcher.WithPlural)),
            Fold(knowledge.SkillAreas.SelectMany(a => (string[])[a.Area, a.Title, .. a.Aliases])),
            Fold(knowledge.Roles.Roles.SelectMany(r => (string[])[r.Title, .. r.Aliases])));

        private static string[] Fold(IEnumerable<string> names) =>
            [.. names.Select(n => Phrase.Of(n).ToString()).Where(n => n.Length > 0).Distinct().OrderByDescending(n => n.Length)];
    }
}
