using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CareerBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Benchmarks;

/// <summary>
/// What recording adds to an answer's path: the wait for the group commit that holds the question's row (WAL,
/// synchronous FULL, so the row is on disk when the wait ends). One iteration is one invocation, so the P95/P99
/// columns are percentiles of single requests: <see cref="Concurrency"/> questions recorded at once, timed until the
/// last of them is committed (the wait the slowest of them sees).
/// </summary>
[Config(typeof(PercentileConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 50, iterationCount: 2000, invocationCount: 1)]
public class GroupCommitBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-bench-store-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;
    private IFeedbackStore _store = null!;
    private QuestionRecord[] _questions = [];

    [Params(1, 16)]
    public int Concurrency { get; set; }

    [Params(StoreDurability.Full, StoreDurability.Process)]
    public StoreDurability Durability { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Path"] = Path.Combine(_folder, "careerbot.db"), ["Store:Durability"] = Durability.ToString() })
            .Build();
        _services = new ServiceCollection().AddLogging().AddCareerBotStorage(configuration).BuildServiceProvider();
        _store = _services.GetRequiredService<IFeedbackStore>();
        _store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        _questions = new QuestionRecord[Concurrency];
    }

    [IterationSetup]
    public void NewQuestions()
    {
        for (var i = 0; i < _questions.Length; i++)
        {
            _questions[i] = new QuestionRecord(
                AnswerIds.New(), DateTimeOffset.UnixEpoch.AddDays(20000), "slack", "0123456789abcdef0123456789abcdef",
                "how much does a senior ML engineer earn?", "salary", true, "Career Prospects › Salary Expectations",
                "Senior ML Engineer salary", TimeSpan.FromMilliseconds(12));
        }
    }

    [Benchmark]
    public Task RecordQuestions() => Concurrency == 1
        ? _store.RecordQuestionAsync(_questions[0], CancellationToken.None)
        : Task.WhenAll(_questions.Select(question => Task.Run(() => _store.RecordQuestionAsync(question, CancellationToken.None))));

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
