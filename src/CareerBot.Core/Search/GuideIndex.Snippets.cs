using CareerBot.Core.Knowledge;
using Lucene.Net.Search.Highlight;

namespace CareerBot.Core.Search;

public sealed partial class GuideIndex
{
    private const int SnippetLength = 160;

    /// <summary>The best fragment of the section for the query (Lucene.Net.Highlighter), or its opening.</summary>
    private string Snippet(IReadOnlyList<QueryGroup> groups, GuideSection section)
    {
        // QueryTermScorer scores fragments by the question's terms alone; QueryScorer would build a memory
        // index per call to extract spans, which phrase-less questions never need.
        var terms = groups.SelectMany(g => g.Terms).Distinct().Select(t => new WeightedTerm(1f, t)).ToArray();
        var text = section.Items.Count == 0 ? section.Prose : $"{section.Prose} {string.Join("; ", section.Items)}".Trim();
        var highlighter = new Highlighter(new SimpleHTMLFormatter(string.Empty, string.Empty), new QueryTermScorer(terms))
        {
            TextFragmenter = new SimpleFragmenter(SnippetLength),
        };
        var fragment = highlighter.GetBestFragment(_indexAnalyzer, BodyField, text);
        if (!string.IsNullOrWhiteSpace(fragment))
        {
            return fragment.Trim().TrimStart('.', ',', ';', ':', ' ');
        }

        return text.Length <= SnippetLength ? text : text[..SnippetLength].TrimEnd() + "…";
    }
}
