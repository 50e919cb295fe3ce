using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Storage.Postgres.Tests.TestSupport;

/// <summary>
/// The feedback store composed as the host composes it (<c>AddCareerBotStorage</c>, then <c>AddPostgresFeedback</c>),
/// on its own service provider and pool: two of them on one database are two replicas.
/// </summary>
internal sealed class FeedbackStores : IAsyncDisposable
{
    public const string UserKey = "a-shared-user-key-of-at-least-32-characters";

    private FeedbackStores(ServiceProvider services, string sqlitePath)
    {
        Services = services;
        SqlitePath = sqlitePath;
    }

    /// <summary>Where the embedded store would write (it does only when no connection string is given).</summary>
    public string SqlitePath { get; }

    public ServiceProvider Services { get; }

    public IFeedbackStore Store => Services.GetRequiredService<IFeedbackStore>();

    public IFeedbackReport Report => Services.GetRequiredService<IFeedbackReport>();

    public static async Task<FeedbackStores> OpenAsync(string? connectionString, IDictionary<string, string?>? settings = null)
    {
        var sqlitePath = Path.Combine(Path.GetTempPath(), "careerbot-pg-tests-" + Guid.NewGuid().ToString("N"), "careerbot.db");
        var data = new Dictionary<string, string?>
        {
            ["Store:Provider"] = connectionString is null ? null : "postgres",
            ["Store:ConnectionString"] = connectionString,
            ["Store:UserKey"] = UserKey,
            ["Store:Path"] = sqlitePath,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            data[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(data).Build();
        var services = new ServiceCollection().AddLogging().AddCareerBotStorage(configuration).AddPostgresFeedback(configuration).BuildServiceProvider();
        var stores = new FeedbackStores(services, sqlitePath);
        await stores.Store.InitializeAsync(CancellationToken.None);
        return stores;
    }

    public static QuestionRecord Question(
        DateTimeOffset at, string platform = "slack", string? text = "how do I start?", bool answered = true, string intent = "ask",
        string? title = "Getting started", string? source = "Guide › Start", double latencyMs = 12, string? user = "user-hash") =>
        new(AnswerIds.New(), at, platform, user, text, intent, answered, source, title, TimeSpan.FromMilliseconds(latencyMs));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (Path.GetDirectoryName(SqlitePath) is { } folder && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
