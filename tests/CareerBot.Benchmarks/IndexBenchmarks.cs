using BenchmarkDotNet.Attributes;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Search;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CareerBot.Benchmarks;

/// <summary>
/// Start-up cost (load and index the knowledge) and the guide search against a bare Lucene baseline:
/// StandardAnalyzer, classic QueryParser, no synonyms, typo fallback or confidence.
/// </summary>
[MemoryDiagnoser]
public class IndexBenchmarks
{
    private const string Question = "how can ml engineers get practical experience through open source or internships";
    private KnowledgeBase _knowledge = null!;
    private GuideIndex _index = null!;
    private RAMDirectory _bareDirectory = null!;
    private DirectoryReader _bareReader = null!;
    private IndexSearcher _bareSearcher = null!;
    private QueryParser _bareParser = null!;

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));
        _index = GuideIndex.Build(_knowledge);

        var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        _bareDirectory = new RAMDirectory();
        using (var writer = new IndexWriter(_bareDirectory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            foreach (var section in _knowledge.Sections)
            {
                writer.AddDocument(new Document { new TextField("body", $"{section.Heading}\n{section.Body}", Field.Store.YES) });
            }
        }

        _bareReader = DirectoryReader.Open(_bareDirectory);
        _bareSearcher = new IndexSearcher(_bareReader);
        _bareParser = new QueryParser(LuceneVersion.LUCENE_48, "body", analyzer);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Dispose();
        _bareReader.Dispose();
        _bareDirectory.Dispose();
    }

    [Benchmark(Description = "Load + index the shipped knowledge")]
    public int BuildIndex()
    {
        using var index = GuideIndex.Build(KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "knowledge")));
        return index.Sections.Count;
    }

    [Benchmark(Baseline = true, Description = "Bare Lucene search (baseline)")]
    public int BareLuceneSearch() => _bareSearcher.Search(_bareParser.Parse(QueryParserBase.Escape(Question)), 3).TotalHits;

    [Benchmark(Description = "CareerBot guide search")]
    public int GuideSearch() => _index.Search(Question).Hits.Count;
}
