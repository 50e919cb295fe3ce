using CareerBot.Adapters.Feedback;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Adapters.Tests.Feedback;

/// <summary>AddFeedbackRecording around a canned engine, with a real SQLite store in a temporary folder.</summary>
internal sealed class FeedbackHarness : IAsyncDisposable
{
    public const string UserKey = "a-test-key-that-is-long-enough-0123456789";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-feedback-" + Guid.NewGuid().ToString("N"));

    private FeedbackHarness(Func<ChatRequest, Reply> engine, Dictionary<string, string?>? settings)
    {
        var config = new Dictionary<string, string?>
        {
            ["Store:Path"] = DatabasePath,
            ["Store:UserKey"] = UserKey,
            ["Store:RetentionDays"] = "30",
        };
        foreach (var (key, value) in settings ?? [])
        {
            config[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(config).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IChatResponder>(new Engine(engine));
        services.AddFeedbackRecording(configuration);
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; }

    public string DatabasePath => Path.Combine(_folder, "careerbot.db");

    public IChatResponder Responder => Services.GetRequiredService<IChatResponder>();

    public FeedbackVotes Votes => Services.GetRequiredService<FeedbackVotes>();

    public static async Task<FeedbackHarness> StartAsync(Func<ChatRequest, Reply>? engine = null, Dictionary<string, string?>? settings = null)
    {
        var harness = new FeedbackHarness(engine ?? (_ => Answer()), settings);
        await harness.Services.GetRequiredService<IFeedbackStore>().InitializeAsync(CancellationToken.None);
        return harness;
    }

    public static Reply Answer(bool answered = true, string title = "Senior ML Engineer salary") =>
        new(Intent.Salary, answered, title, [ReplyBlock.Prose("$160,000")], null, [], [new SourceRef("Career Prospects", "Salary Expectations", 1)], []);

    public List<Dictionary<string, object?>> Rows(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class Engine(Func<ChatRequest, Reply> answer) : IChatResponder
    {
        public ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken) => ValueTask.FromResult(answer(request));
    }
}
