using BenchmarkDotNet.Attributes;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Search;
using CareerBot.Core.Semantic;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CareerBot.Benchmarks;

/// <summary>
/// The floor under <see cref="WholePathBenchmarks"/>: a bare Lucene search (StandardAnalyzer, classic
/// QueryParser) of the shipped guide sections plus one question embedding with the same model and thread
/// count the bot uses, and each part alone.
/// </summary>
[Config(typeof(PercentileConfig))]
[MemoryDiagnoser]
public class FloorBenchmarks
{
    private RAMDirectory _directory = null!;
    private DirectoryReader _reader = null!;
    private IndexSearcher _searcher = null!;
    private QueryParser _parser = null!;
    private MiniLmEmbedder _embedder = null!;

    [Params(
        "How much does a senior ML engineer earn?",
        "what comes after lead",
        "How can I build practical experience?",
        "Give me a recipe for banana bread")]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var knowledge = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));
        var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        _directory = new RAMDirectory();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            foreach (var section in knowledge.Sections)
            {
                writer.AddDocument(new Document { new TextField("body", $"{section.Heading}\n{section.Body}", Field.Store.YES) });
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _parser = new QueryParser(LuceneVersion.LUCENE_48, "body", analyzer);
        _embedder = MiniLmEmbedder.Shared(new SearchOptions().EmbeddingThreads);
        _embedder.Embed(["warm up"]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Floor: bare Lucene search + one question embedding")]
    public int LuceneAndEmbedding() =>
        _searcher.Search(_parser.Parse(QueryParserBase.Escape(Question)), 3).TotalHits + _embedder.Embed([Question])[0].Length;

    [Benchmark(Description = "One question embedding alone")]
    public int EmbeddingOnly() => _embedder.Embed([Question])[0].Length;

    [Benchmark(Description = "Bare Lucene search alone")]
    public int LuceneOnly() => _searcher.Search(_parser.Parse(QueryParserBase.Escape(Question)), 3).TotalHits;
}
