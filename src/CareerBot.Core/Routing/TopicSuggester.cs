using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Routing;

/// <summary>
/// Suggests guide topics for what a user has typed so far: section headings whose words start with the
/// typed words, then the best search hits, so "sal" offers "Salary Expectations" and "maths" the
/// mathematical foundation.
/// </summary>
internal sealed class TopicSuggester(KnowledgeHost knowledge) : ITopicSuggester
{
    public IReadOnlyList<TopicSuggestion> Suggest(string typedSoFar, int max)
    {
        var snapshot = knowledge.Current;
        var sections = snapshot.Index.Sections;
        var typed = Phrase.Of(typedSoFar ?? string.Empty).Words.ToArray();
        IEnumerable<Knowledge.GuideSection> ranked;
        if (typed.Length == 0)
        {
            ranked = sections;
        }
        else
        {
            var byPrefix = sections.Where(s => typed.All(t => Phrase.Of($"{s.Heading} {s.DocumentTitle}").Words.Any(w => w.StartsWith(t, StringComparison.Ordinal))));
            var bySearch = snapshot.Index.Search(typedSoFar!, maxHits: max).Hits.Where(h => h.Coverage > 0).Select(h => h.Section);
            ranked = byPrefix.Concat(bySearch);
        }

        return ranked
            .Distinct()
            .Take(Math.Max(0, max))
            .Select(s => new TopicSuggestion(Label(s), s.Heading))
            .ToArray();
    }

    private static string Label(Knowledge.GuideSection section) =>
        section.Heading == section.DocumentTitle ? section.Heading : $"{section.Heading} ({section.DocumentTitle})";
}
