using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;

namespace CareerBot.Core.Lookups;

/// <summary>
/// Names the guide section a structured answer comes from: the section whose text holds the fact,
/// or, for rows a team added without guide text, the row's own <c>source</c>.
/// </summary>
internal static class SourceFinder
{
    public static SourceRef For(KnowledgeSnapshot snapshot, string fact, string fallbackSource)
    {
        var section = snapshot.Knowledge.Sections.FirstOrDefault(s =>
            s.Body.Contains(fact, StringComparison.OrdinalIgnoreCase) || s.Heading.Contains(fact, StringComparison.OrdinalIgnoreCase));
        return section is null
            ? new SourceRef(fallbackSource, string.Empty, 1.0)
            : new SourceRef(section.DocumentTitle, section.Heading, 1.0, section.DocumentId);
    }

    public static IReadOnlyList<SourceRef> ForAll(KnowledgeSnapshot snapshot, IEnumerable<(string Fact, string Source)> facts) =>
        facts.Select(f => For(snapshot, f.Fact, f.Source)).Distinct().ToArray();
}
