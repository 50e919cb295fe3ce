using BenchmarkDotNet.Attributes;
using CareerBot.Core;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Core.Semantic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Benchmarks;

/// <summary>
/// Issue 8's speed target: one question end to end through <see cref="IChatResponder"/> on the shipped
/// knowledge with semantic mode on (the default), the question embedded afresh every time (the per-question
/// vector cache and the cache of unknown words' vectors are emptied before each call, since a user's new question
/// always misses the first and may miss the second; the fixed reference texts of the scope check stay embedded,
/// as in a running bot), reported as
/// mean, p50, p95 and p99. Run: <c>dotnet run -c Release --project tests/CareerBot.Benchmarks -- --filter '*WholePath*' '*FloorBenchmarks*' --launchCount 1 --warmupCount 800 --iterationCount 200 --invocationCount 1 --unrollFactor 1</c>
/// (one call per measured iteration, so the percentiles are of single answers; <c>--job short</c> gives
/// percentiles of three batch averages only). The 800 warm-up answers are what the runtime needs to finish
/// optimising the path in a fresh process: with a fixed invocation count BenchmarkDotNet runs no pilot stage, and
/// every method climbs tier 0, instrumented tier 0 and tier 1 only after 30 calls each and a quiet 100 ms, so with 20
/// warm-ups every row was measured on partly unoptimised code (medians of 200-answer windows of a fresh process fall
/// by 25-60% between the first 200 answers and answers 400-800, then stay flat).
/// </summary>
[Config(typeof(PercentileConfig))]
[MemoryDiagnoser]
public class WholePathBenchmarks
{
    private ServiceProvider _services = null!;
    private IChatResponder _responder = null!;
    private SemanticIndex _vectors = null!;

    /// <summary>
    /// The representative mix: salary lookup, ladder, a guide question answered, an out-of-scope refusal, and the
    /// questions whose scope check looks at words the knowledge does not know: a capitalised place ("Berlin", named
    /// by its capital), the same place in lower case (weighed by its meaning: the word's own embedding), and a
    /// guide question answered despite an unknown word ("kinesiology", weighed and found not to be a place); and a
    /// long message that says who asks before it asks (its question sentence embedded beside it, in the same run).
    /// </summary>
    [ParamsSource(nameof(Questions))]
    public string Question { get; set; } = string.Empty;

    /// <summary>The questions timed (<see cref="FreshTiming"/> times the same).</summary>
    public static IEnumerable<string> Questions =>
    [
        "How much does a senior ML engineer earn?",
        "what comes after lead",
        "How can I build practical experience?",
        "Give me a recipe for banana bread",
        "Is there demand for ML engineers in Berlin?",
        "is there demand for ML engineers in berlin?",
        "Can I become an ML engineer with a kinesiology degree?",
        "I've been an accountant for eight years and I'm good with spreadsheets. What background do ML engineering jobs usually expect?",
    ];

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Knowledge:Path", Path.Combine(AppContext.BaseDirectory, "knowledge"))])
            .Build();
        _services = new ServiceCollection().AddCareerBotCore(configuration).BuildServiceProvider();
        _responder = _services.GetRequiredService<IChatResponder>();
        _responder.RespondAsync(new ChatRequest("warm up", "bench"), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        _vectors = _services.GetRequiredService<KnowledgeHost>().Current.Vectors
            ?? throw new InvalidOperationException("Semantic search is off or the model failed to load: this benchmark measures the hybrid path.");

        // How many texts one answer runs through the model (the floor has one): printed in the benchmark log. The first
        // answer also embeds the scope check's fixed reference texts, once; the count is of the second.
        _responder.RespondAsync(new ChatRequest(Question, "bench"), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        _vectors.ForgetQuestions();
        var before = _vectors.EmbeddedCount;
        var runs = _vectors.ModelRuns;
        _responder.RespondAsync(new ChatRequest(Question, "bench"), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        _vectors.WaitForWords();
        Console.WriteLine($"// embeddings for \"{Question}\": {_vectors.EmbeddedCount - before} in {_vectors.ModelRuns - runs} runs of the model");
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    /// <summary>
    /// Before each answer (one per iteration: <c>--invocationCount 1</c>), unmeasured: the words the last answer started
    /// beside its question finish, then every question's and word's vector is forgotten.
    /// </summary>
    [IterationSetup]
    public void Forget() => _vectors.ForgetQuestions();

    [Benchmark(Description = "Whole answer path, hybrid, fresh embedding")]
    public async Task<Reply> Answer() => await _responder.RespondAsync(new ChatRequest(Question, "bench"), CancellationToken.None);
}
