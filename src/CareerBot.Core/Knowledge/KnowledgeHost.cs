using CareerBot.Core.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.Knowledge;

/// <summary>
/// Owns the current <see cref="KnowledgeSnapshot"/>: loads the knowledge folder and builds the index
/// once, on first use or when the host warms it up at start-up, and again on <see cref="Reload"/>.
/// </summary>
public sealed partial class KnowledgeHost(IOptions<KnowledgeOptions> options, TimeProvider timeProvider, ILogger<KnowledgeHost> logger)
    : IKnowledgeReadiness, IDisposable
{
    private readonly Lock _gate = new();
    private volatile KnowledgeSnapshot? _current;

    public bool IsReady => _current is not null;

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
            var knowledge = KnowledgeLoader.Load(new KnowledgeFiles(root, options.Value.MaxFileBytes));
            var index = GuideIndex.Build(knowledge, options.Value.IndexPath);
            var snapshot = new KnowledgeSnapshot(knowledge, index, timeProvider.GetUtcNow());
            Log.KnowledgeLoaded(logger, root, knowledge.Documents.Count, index.Sections.Count, timeProvider.GetElapsedTime(started).TotalMilliseconds);
            _current = snapshot;
            return snapshot;
        }
    }

    public void Dispose()
    {
        DisposeRetired();
        _current?.Index.Dispose();
    }
}
