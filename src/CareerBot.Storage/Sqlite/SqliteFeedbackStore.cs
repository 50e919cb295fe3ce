using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, written through a <see cref="GroupCommitWriter"/>, read by
/// <see cref="SqliteReportReader"/> on connections of its own (so <c>careerbot report</c> beside a serving bot works).
/// </summary>
internal sealed class SqliteFeedbackStore(IOptions<StoreOptions> options, ILogger<SqliteFeedbackStore> logger) : IFeedbackStore, IFeedbackReport, IAsyncDisposable
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private GroupCommitWriter? _writer;
    // Touched only inside the writer's loop (one batch at a time), for the connection it was prepared on.
    private SqliteCommand? _insertQuestion;

    public string Path { get; } = System.IO.Path.GetFullPath(options.Value.Path);

    internal GroupCommitWriter? CommitWriter => _writer;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _opening.WaitAsync(cancellationToken);
        try
        {
            if (_writer is not null)
            {
                return;
            }

            var connection = await Task.Run(Open, cancellationToken);
            _writer = new GroupCommitWriter(connection, logger);
        }
        finally
        {
            _opening.Release();
        }
    }

    public async Task RecordQuestionAsync(QuestionRecord question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var recordText = options.Value.RecordQuestions;
        await Writer().WriteAsync((connection, transaction) => SqliteCommands.InsertQuestion(InsertCommand(connection), transaction, question, recordText), cancellationToken);
    }

    public Task<VoteOutcome> RecordVoteAsync(VoteRecord vote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return Writer().WriteAsync((connection, transaction) => SqliteCommands.Vote(connection, transaction, vote), cancellationToken);
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        Writer().WriteAsync((connection, transaction) => SqliteCommands.DeleteOlderThan(connection, transaction, cutoff), cancellationToken);

    public async Task<ReportData> ReadAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await Task.Run(() =>
        {
            try
            {
                using var connection = SqliteConnections.Open(Path, options.Value.BusyTimeout);
                return SqliteReportReader.Read(connection, query);
            }
            catch (SqliteException ex)
            {
                throw SqliteConnections.Explain(ex, Path);
            }
        }, cancellationToken);
    }

    /// <summary>Commits every queued write, then closes the database (the graceful stop's drain).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _writer, null) is { } writer)
        {
            await writer.DisposeAsync();
            _insertQuestion?.Dispose();
            _insertQuestion = null;
            Log.Drained(logger);
        }
    }

    private SqliteConnection Open()
    {
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder && !Directory.Exists(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new StoreException($"The folder of the database {Path} cannot be created ({ex.Message}). Fix it, or point Store__Path at another file.", ex);
            }
        }

        SqliteConnection? connection = null;
        try
        {
            connection = SqliteConnections.Open(Path, options.Value.BusyTimeout, options.Value.Durability);
            var previous = SqliteSchema.Migrate(connection, Path);
            Log.Opened(logger, Path, SqliteSchema.CurrentVersion, previous, options.Value.RecordQuestions);
            return connection;
        }
        catch (SqliteException ex)
        {
            connection?.Dispose();
            throw SqliteConnections.Explain(ex, Path);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    private SqliteCommand InsertCommand(SqliteConnection connection)
    {
        if (_insertQuestion?.Connection != connection)
        {
            _insertQuestion?.Dispose();
            _insertQuestion = SqliteCommands.PrepareInsertQuestion(connection);
        }

        return _insertQuestion;
    }

    private GroupCommitWriter Writer() =>
        _writer ?? throw new StoreException("The store is not open: InitializeAsync must run first (the host does it at start-up), or careerbot is stopping.");
}
