using CareerBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Tests;

/// <summary>A store in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    private TestStore(string folder, StoreOptions options)
    {
        Folder = folder;
        Options = options;
        Store = new SqliteFeedbackStore(Microsoft.Extensions.Options.Options.Create(options), NullLogger<SqliteFeedbackStore>.Instance);
    }

    public string Folder { get; }

    public StoreOptions Options { get; }

    public SqliteFeedbackStore Store { get; private set; }

    public string DatabasePath => Options.Path;

    public static TestStore Create(Action<StoreOptions>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "careerbot-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var options = new StoreOptions { Path = Path.Combine(folder, "data", "careerbot.db"), BusyTimeout = TimeSpan.FromMilliseconds(200) };
        configure?.Invoke(options);
        return new TestStore(folder, options);
    }

    public static async Task<TestStore> OpenAsync(Action<StoreOptions>? configure = null)
    {
        var store = Create(configure);
        await store.Store.InitializeAsync(CancellationToken.None);
        return store;
    }

    /// <summary>Closes (draining) and opens the same file again, as a restart does.</summary>
    public async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        Store = new SqliteFeedbackStore(Microsoft.Extensions.Options.Options.Create(Options), NullLogger<SqliteFeedbackStore>.Instance);
        await Store.InitializeAsync(CancellationToken.None);
    }

    /// <summary>A plain connection to the file, for looking at what was written.</summary>
    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public long Scalar(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static QuestionRecord Question(
        string? answerId = null, DateTimeOffset? at = null, string platform = "slack", string? text = "how do I start?",
        bool answered = true, string intent = "ask", string? title = "Getting started", string? source = "Guide › Start", double latencyMs = 12, string? user = "u1") =>
        new(answerId ?? AnswerIds.New(), at ?? new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero), platform, user, text, intent, answered, source, title, TimeSpan.FromMilliseconds(latencyMs));
}
