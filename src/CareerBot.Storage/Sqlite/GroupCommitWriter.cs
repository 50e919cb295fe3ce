using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.Sqlite;

/// <summary>
/// One connection, one writer loop: every write waits in a queue, and the loop commits whatever has queued up as one
/// transaction, then completes each waiter. While one batch is being made durable (the fsync), the next one fills,
/// so many concurrent questions share one disk flush and none waits for more than the batch in front of it plus its
/// own. A write completes only after its commit: an adapter that awaits it acknowledges nothing that could be lost.
/// A failing batch is retried row by row, so one bad row fails alone. Closing drains the queue before returning.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    public const int MaxBatch = 512;

    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteConnection _connection;
    private readonly ILogger _logger;
    private readonly Task _loop;

    public GroupCommitWriter(SqliteConnection connection, ILogger logger)
    {
        _connection = connection;
        _logger = logger;
        _loop = Task.Factory.StartNew(RunAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    /// <summary>Batches committed so far (for tests and the benchmark).</summary>
    public long Batches { get; private set; }

    /// <summary>Runs <paramref name="write"/> inside the next batch's transaction; completes when that batch is committed.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> write, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite((connection, transaction) => write(connection, transaction));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new StoreException("The store is closed: careerbot is stopping.");
        }

        // Cancelling stops the waiting, not the write: once queued, the row is committed with its batch.
        return (T)(await pending.Done.Task.WaitAsync(cancellationToken))!;
    }

    /// <summary>Takes no more writes, commits every queued one, then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        await _connection.DisposeAsync();
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (!TryCommit(batch))
            {
                foreach (var pending in batch)
                {
                    TryCommit([pending]);
                }
            }
        }
    }

    /// <summary>Commits the batch and completes it; false (nothing completed, all rolled back) when a batch of several failed.</summary>
    private bool TryCommit(List<PendingWrite> batch)
    {
        var results = new object?[batch.Count];
        try
        {
            using (var transaction = _connection.BeginTransaction(deferred: false))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    results[i] = batch[i].Write(_connection, transaction);
                }

                transaction.Commit();
            }

            Batches++;
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }

            return true;
        }
        catch (Exception ex) when (ex is SqliteException or StoreException or InvalidOperationException or ArgumentException)
        {
            if (batch.Count > 1)
            {
                Log.BatchRetried(_logger, batch.Count, ex.GetType().Name);
                return false;
            }

            Log.WriteFailed(_logger, ex);
            batch[0].Done.TrySetException(ex is SqliteException sqlite ? SqliteConnections.Explain(sqlite, _connection.DataSource) : ex);
            return true;
        }
    }

    private sealed class PendingWrite(Func<SqliteConnection, SqliteTransaction, object?> write)
    {
        public Func<SqliteConnection, SqliteTransaction, object?> Write { get; } = write;

        public TaskCompletionSource<object?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
