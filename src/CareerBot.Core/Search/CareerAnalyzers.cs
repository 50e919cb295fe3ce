using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CareerBot.Core.Search;

/// <summary>
/// The analysis chains. Guide text: standard tokens, possessives, lower case, stop words, Porter stems.
/// Questions: the same, with the synonyms applied before stop words and stemming, so "comp" also
/// searches "salary" and "maths" also searches "mathematics".
/// </summary>
internal static class CareerAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer CreateIndexAnalyzer(CharArraySet stopWords) =>
        Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, stopWords);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        });

    public static Analyzer CreateQueryAnalyzer(CharArraySet stopWords, SynonymMap synonyms) =>
        Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
            stream = new StopFilter(Version, stream, stopWords);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        });

    /// <summary>Tokens as written (lower case, no stemming): how synonym rules and the speller see words.</summary>
    public static Analyzer CreateWordAnalyzer() =>
        Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = new LowerCaseFilter(Version, stream);
            return new TokenStreamComponents(source, stream);
        });

    /// <summary>Parses <c>synonyms.txt</c> (already validated line by line) into a map.</summary>
    public static SynonymMap ParseSynonyms(string text)
    {
        var parser = new SolrSynonymParser(dedup: true, expand: true, CreateWordAnalyzer());
        using var reader = new StringReader(text);
        parser.Parse(reader);
        return parser.Build();
    }

}
