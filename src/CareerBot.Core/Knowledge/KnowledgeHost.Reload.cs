using CareerBot.Core.Search;

namespace CareerBot.Core.Knowledge;

internal sealed partial class KnowledgeHost
{
    /// <summary>How long a replaced snapshot stays open for the questions still reading it (they take milliseconds).</summary>
    internal static readonly TimeSpan RetireAfter = TimeSpan.FromMinutes(1);

    private readonly List<(KnowledgeSnapshot Snapshot, ITimer Timer)> _retired = [];

    /// <summary>The folder as it was when the serving snapshot was read (taken before reading, so a later edit differs).</summary>
    internal string? LoadedFingerprint { get; private set; }

    /// <summary>
    /// Loads the folder again and builds a new index beside the serving one, then swaps it in atomically: a question
    /// reads one snapshot from start to end, so it sees the old or the new knowledge, never half of each. On a bad file
    /// this throws <see cref="KnowledgeException"/> (the start-up message) and the old snapshot keeps serving.
    /// A reload's index is built in memory: <see cref="KnowledgeOptions.IndexPath"/> is in use by the serving one.
    /// </summary>
    public KnowledgeSnapshot Reload()
    {
        lock (_gate)
        {
            var started = timeProvider.GetTimestamp();
            var root = KnowledgeLocator.Resolve(options.Value.Path);
            var fingerprint = KnowledgeFingerprint.Of(root);
            var files = new KnowledgeFiles(root, options.Value.MaxFileBytes);
            var knowledge = KnowledgeLoader.Load(files);
            var examples = IntentExamplesParser.Load(files);
            var index = GuideIndex.Build(knowledge);
            // As at start-up: the new snapshot serves lexically at once while its sentence vectors are built beside it.
            var semantic = BuildSemantic(knowledge, index, examples, background: true);
            var snapshot = new KnowledgeSnapshot(knowledge, index, timeProvider.GetUtcNow(), semantic, examples);
            var previous = _current;
            _current = snapshot;
            LoadedFingerprint = fingerprint;
            Log.KnowledgeReloaded(logger, root, knowledge.Documents.Count, index.Sections.Count, timeProvider.GetElapsedTime(started).TotalMilliseconds);
            if (previous is not null)
            {
                Retire(previous);
            }

            return snapshot;
        }
    }

    /// <summary>The replaced snapshot's index is closed later, not now: questions may still be searching it.</summary>
    private void Retire(KnowledgeSnapshot snapshot)
    {
        ITimer? timer = null;
        timer = timeProvider.CreateTimer(_ => Close(snapshot), null, RetireAfter, Timeout.InfiniteTimeSpan);
        _retired.Add((snapshot, timer));
    }

    private void Close(KnowledgeSnapshot snapshot)
    {
        lock (_gate)
        {
            var index = _retired.FindIndex(entry => ReferenceEquals(entry.Snapshot, snapshot));
            if (index < 0)
            {
                return;
            }

            _retired[index].Timer.Dispose();
            _retired.RemoveAt(index);
        }

        snapshot.Index.Dispose();
    }

    /// <summary>How many replaced snapshots are still open (tests).</summary>
    internal int RetiredCount
    {
        get
        {
            lock (_gate)
            {
                return _retired.Count;
            }
        }
    }

    private void DisposeRetired()
    {
        lock (_gate)
        {
            foreach (var (snapshot, timer) in _retired)
            {
                timer.Dispose();
                snapshot.Index.Dispose();
            }

            _retired.Clear();
        }
    }
}
