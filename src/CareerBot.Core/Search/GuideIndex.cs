using CareerBot.Core.Knowledge;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CareerBot.Core.Search;

/// <summary>
/// The Lucene index over guide sections (one Lucene document per section), built once and searched
/// through one shared <see cref="IndexSearcher"/>. Thread-safe for searching.
/// </summary>
internal sealed partial class GuideIndex : IDisposable
{
    internal const string OrdinalField = "ord";
    internal const string TitleField = "title";
    internal const string HeadingField = "heading";
    internal const string TagsField = "tags";
    internal const string BodyField = "body";

    private static readonly (string Field, float Boost)[] Fields =
        [(HeadingField, 3.0f), (TitleField, 1.5f), (TagsField, 1.5f), (BodyField, 1.0f)];

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _indexAnalyzer;
    private readonly Analyzer _queryAnalyzer;
    private readonly Analyzer _wordAnalyzer = CareerAnalyzers.CreateWordAnalyzer();
    private readonly IReadOnlyList<GuideSection> _sections;
    private readonly HashSet<string>[] _sectionTerms;
    private readonly Dictionary<string, int> _sectionFrequency;
    private readonly int[] _ordinals;
    private readonly Dictionary<(string Field, string Term), TermContext> _termStates;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (HashSet<string> Expansions, string? Stem)> _wordCache = new(StringComparer.Ordinal);

    private GuideIndex(LuceneDirectory directory, IReadOnlyList<GuideSection> sections, Analyzer indexAnalyzer, Analyzer queryAnalyzer, Speller speller)
    {
        _directory = directory;
        _sections = sections;
        _indexAnalyzer = indexAnalyzer;
        _queryAnalyzer = queryAnalyzer;
        Speller = speller;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _sectionTerms = sections.Select(s => Analyze(indexAnalyzer, SectionText(s)).ToHashSet(StringComparer.Ordinal)).ToArray();
        _sectionFrequency = _sectionTerms.SelectMany(t => t).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _termStates = Fields
            .SelectMany(f => FieldTerms(_reader, f.Field).Select(t => (f.Field, Term: t)))
            .ToDictionary(x => x, x => TermContext.Build(_reader.Context, new Term(x.Field, x.Term)));
        _ordinals = new int[_reader.MaxDoc];
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            _ordinals[doc] = _searcher.Doc(doc).GetField(OrdinalField).GetInt32Value() ?? -1;
        }
    }

    /// <summary>The typo corrector built from the same knowledge (shared with the router).</summary>
    internal Speller Speller { get; }

    /// <summary>Every section indexed, in knowledge order.</summary>
    public IReadOnlyList<GuideSection> Sections => _sections;

    /// <summary>Builds the index in memory, or in <paramref name="indexPath"/> when given (rebuilt at each start).</summary>
    public static GuideIndex Build(KnowledgeBase knowledge, string? indexPath = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        CharArraySet stopWords = QueryStopWords.Create();
        SynonymMap synonyms = CareerAnalyzers.ParseSynonyms(knowledge.Synonyms);
        var indexAnalyzer = CareerAnalyzers.CreateIndexAnalyzer(stopWords);
        var queryAnalyzer = CareerAnalyzers.CreateQueryAnalyzer(stopWords, synonyms);

        LuceneDirectory directory = string.IsNullOrWhiteSpace(indexPath) ? new RAMDirectory() : FSDirectory.Open(indexPath);
        var sections = knowledge.Sections.ToArray();
        var config = new IndexWriterConfig(CareerAnalyzers.Version, indexAnalyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var tagsByDocument = knowledge.Documents.ToDictionary(d => d.Id, d => string.Join(", ", d.Tags));
            for (var i = 0; i < sections.Length; i++)
            {
                var section = sections[i];
                writer.AddDocument(new Document
                {
                    new Int32Field(OrdinalField, i, Field.Store.YES),
                    new TextField(TitleField, section.DocumentTitle, Field.Store.NO),
                    new TextField(HeadingField, section.Heading, Field.Store.NO),
                    new TextField(TagsField, tagsByDocument[section.DocumentId], Field.Store.NO),
                    new TextField(BodyField, section.Body, Field.Store.YES),
                });
            }

            writer.Commit();
        }

        var speller = new Speller(Vocabulary.From(knowledge));
        return new GuideIndex(directory, sections, indexAnalyzer, queryAnalyzer, speller);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _indexAnalyzer.Dispose();
        _queryAnalyzer.Dispose();
        _wordAnalyzer.Dispose();
    }

    private static HashSet<string> FieldTerms(IndexReader reader, string field)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var fieldTerms = MultiFields.GetTerms(reader, field);
        if (fieldTerms is null)
        {
            return terms;
        }

        var enumerator = fieldTerms.GetEnumerator();
        while (enumerator.MoveNext())
        {
            terms.Add(enumerator.Term.Utf8ToString());
        }

        return terms;
    }

    internal static string SectionText(GuideSection section) =>
        $"{section.DocumentTitle}\n{section.Heading}\n{section.Body}";

    internal static List<string> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(BodyField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
