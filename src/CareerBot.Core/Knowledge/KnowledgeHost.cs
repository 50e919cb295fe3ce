using CareerBot.Core.Lookups;
using CareerBot.Core.Search;
using CareerBot.Core.Semantic;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.Knowledge;

/// <summary>
/// Owns the current <see cref="KnowledgeSnapshot"/>: loads the knowledge folder and builds the index
/// once, on first use or when the host warms it up at start-up, and again on <see cref="Reload"/>. With semantic
/// search on, the sentence vectors are built too: before the first answer, or (<see cref="SearchOptions.ServeWhileLoading"/>)
/// in the background while lexical answers are served.
/// </summary>
internal sealed partial class KnowledgeHost(IOptions<KnowledgeOptions> options, TimeProvider timeProvider, ILogger<KnowledgeHost> logger, IOptions<SearchOptions>? search = null)
    : IKnowledgeReadiness, IDisposable
{
    private readonly Lock _gate = new();
    private readonly SearchOptions _search = search?.Value ?? new SearchOptions { Semantic = false };
    private volatile KnowledgeSnapshot? _current;

    public bool IsReady => _current is not null;

    /// <summary>True once the sentence vectors are ready, or when semantic search is off.</summary>
    public bool IsSemanticReady => _current is { } current && current.Semantic?.IsLoading != true;

    /// <summary>The loaded snapshot; loads it first when needed.</summary>
    public KnowledgeSnapshot Current => _current ?? EnsureLoaded();

    /// <summary>Loads and indexes the knowledge unless already done. Throws <see cref="KnowledgeException"/> on bad files.</summary>
    public KnowledgeSnapshot EnsureLoaded()
    {
        if (_current is { } ready)
        {
            return ready;
        }

        lock (_gate)
        {
            if (_current is { } loaded)
            {
                return loaded;
            }

            var started = timeProvider.GetTimestamp();
            var root = KnowledgeLocator.Resolve(options.Value.Path);
            LoadedFingerprint = KnowledgeFingerprint.Of(root);
            var files = new KnowledgeFiles(root, options.Value.MaxFileBytes);
            var knowledge = KnowledgeLoader.Load(files);
            var examples = IntentExamplesParser.Load(files);
            var index = GuideIndex.Build(knowledge, options.Value.IndexPath);
            var semantic = BuildSemantic(knowledge, index, examples, background: true);
            var snapshot = new KnowledgeSnapshot(knowledge, index, timeProvider.GetUtcNow(), semantic, examples);
            Log.KnowledgeLoaded(logger, root, knowledge.Documents.Count, index.Sections.Count, timeProvider.GetElapsedTime(started).TotalMilliseconds);
            _current = snapshot;
            return snapshot;
        }
    }

    private SemanticLayer BuildSemantic(KnowledgeBase knowledge, GuideIndex guide, IReadOnlyList<IntentExample> examples, bool background)
    {
        if (!_search.Semantic)
        {
            return SemanticLayer.Off;
        }

        var sections = knowledge.Sections.ToArray();
        var cacheFolder = EmbeddingCacheLocation.Resolve(options.Value, Environment.GetEnvironmentVariable);
        var threads = _search.EmbeddingThreads;
        SemanticIndex? Build()
        {
            var started = timeProvider.GetTimestamp();
            try
            {
                var built = SemanticIndex.Build(MiniLmEmbedder.Shared(threads), sections, examples, cacheFolder, Abbreviations.Parse(knowledge.Synonyms, sections.Select(SemanticIndex.SectionText)), knowledge.NotCovered, question => ScopeCheck.WordsItMayWeigh(question, knowledge, guide, examples));
                Log.SemanticReady(logger, built.SectionCount, examples.Count, timeProvider.GetElapsedTime(started).TotalMilliseconds);
                return built;
            }
#pragma warning disable CA1031 // A model that cannot load leaves a working lexical bot, said once in the log.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.SemanticFailed(logger, ex);
                return null;
            }
        }

        return background && _search.ServeWhileLoading ? SemanticLayer.Loading(Task.Run(Build)) : Build() is { } index ? SemanticLayer.Ready(index) : SemanticLayer.Off;
    }

    public void Dispose()
    {
        DisposeRetired();
        _current?.Index.Dispose();
    }
}
