using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;

namespace CareerBot.Core.Lookups;

/// <summary>
/// Names the guide section a structured answer comes from: the section whose text holds the fact,
/// or, for rows a team added without guide text, the row's own <c>source</c>.
/// </summary>
internal static class SourceFinder
{
    // Which section holds a fact depends only on the knowledge, so each fact is searched for once per knowledge generation
    // instead of scanning every section's text on every lookup answer. The facts come from the knowledge's own data
    // (salary ranges, titles, skills), so the table is bounded by the knowledge and goes with it.
    private static readonly ConditionalWeakTable<KnowledgeBase, ConcurrentDictionary<string, GuideSection?>> Found = [];

    public static SourceRef For(KnowledgeSnapshot snapshot, string fact, string fallbackSource)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var knowledge = snapshot.Knowledge;
        var section = Found.GetValue(knowledge, static _ => new ConcurrentDictionary<string, GuideSection?>(StringComparer.Ordinal))
            .GetOrAdd(fact, static (fact, knowledge) => Search(knowledge, fact), knowledge);
        return section is null
            ? new SourceRef(fallbackSource, string.Empty, 1.0)
            : new SourceRef(section.DocumentTitle, section.Heading, 1.0, section.DocumentId);
    }

    public static IReadOnlyList<SourceRef> ForAll(KnowledgeSnapshot snapshot, IEnumerable<(string Fact, string Source)> facts) =>
        facts.Select(f => For(snapshot, f.Fact, f.Source)).Distinct().ToArray();

    private static GuideSection? Search(KnowledgeBase knowledge, string fact) =>
        knowledge.Sections.FirstOrDefault(s =>
            s.Body.Contains(fact, StringComparison.OrdinalIgnoreCase) || s.Heading.Contains(fact, StringComparison.OrdinalIgnoreCase));
}
