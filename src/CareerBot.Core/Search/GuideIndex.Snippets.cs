using CareerBot.Core.Knowledge;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CareerBot.Core.Search;

internal sealed partial class GuideIndex
{
    private const int SnippetLength = 160;

    /// <summary>The best fragment of the section for the query (Lucene.Net.Highlighter), or its opening.</summary>
    private string Snippet(IReadOnlyList<QueryGroup> groups, GuideSection section)
    {
        var text = section.Items.Count == 0 ? section.Prose : $"{section.Prose} {string.Join("; ", section.Items)}".Trim();
        if (text.Length <= SnippetLength)
        {
            return text; // a section shorter than a snippet is its own best fragment
        }

        // Long sections (a team's own pages) get Lucene's Highlighter to pick the fragment about the question.
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in groups.SelectMany(g => g.Terms).Distinct())
        {
            query.Add(new TermQuery(new Lucene.Net.Index.Term(BodyField, term)), Occur.SHOULD);
        }

        var highlighter = new Highlighter(new SimpleHTMLFormatter(string.Empty, string.Empty), new QueryScorer(query, BodyField))
        {
            TextFragmenter = new SimpleFragmenter(SnippetLength),
        };
        var fragment = highlighter.GetBestFragment(_indexAnalyzer, BodyField, text)?.Trim().TrimStart('.', ',', ';', ':', ' ');
        var start = string.IsNullOrWhiteSpace(fragment) ? -1 : text.IndexOf(fragment, StringComparison.Ordinal);

        // The fragment, finished on a sentence or word boundary and marked with an ellipsis where text was left out.
        return start < 0 ? SnippetText.Shorten(text, SnippetLength) : SnippetText.Around(text, start, start + fragment!.Length);
    }
}
