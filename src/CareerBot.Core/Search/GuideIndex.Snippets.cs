using CareerBot.Core.Knowledge;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CareerBot.Core.Search;

public sealed partial class GuideIndex
{
    private const int SnippetLength = 160;

    /// <summary>The best fragment of the section for the query (Lucene.Net.Highlighter), or its opening.</summary>
    private string Snippet(Query query, GuideSection section)
    {
        var text = section.Body.Replace('\n', ' ');
        var highlighter = new Highlighter(new SimpleHTMLFormatter(string.Empty, string.Empty), new QueryScorer(query, BodyField))
        {
            TextFragmenter = new SimpleFragmenter(SnippetLength),
        };
        var fragment = highlighter.GetBestFragment(_indexAnalyzer, BodyField, text);
        if (!string.IsNullOrWhiteSpace(fragment))
        {
            return fragment.Trim();
        }

        return text.Length <= SnippetLength ? text : text[..SnippetLength].TrimEnd() + "…";
    }
}
