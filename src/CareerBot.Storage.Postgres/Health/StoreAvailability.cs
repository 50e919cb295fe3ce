using CareerBot.Storage.Postgres.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CareerBot.Storage.Postgres.Health;

/// <summary>
/// Whether the shared store is up, as this replica last found it. After a failure the stores work from local
/// memory (answers keep going out) and ask the database again only every <see cref="PostgresStoreOptions.RetryInterval"/>,
/// so an outage does not add a timeout to every question. One log line when the store goes out, one when it is back.
/// </summary>
internal sealed class StoreAvailability(PostgresDatabase database, IOptions<PostgresStoreOptions> options, TimeProvider timeProvider, ILogger<StoreAvailability> logger)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _outSince;
    private DateTimeOffset _retryAt;
    private string _reason = string.Empty;

    /// <summary>Since when the store is out, or null while it answers.</summary>
    public DateTimeOffset? OutSince
    {
        get
        {
            lock (_gate)
            {
                return _outSince;
            }
        }
    }

    /// <summary>Why it is out: the kind of failure, never a connection string.</summary>
    public string Reason
    {
        get
        {
            lock (_gate)
            {
                return _reason;
            }
        }
    }

    /// <summary>True when the store should be asked: it is up, or the retry interval after a failure has passed.</summary>
    public bool ShouldTry()
    {
        lock (_gate)
        {
            return _outSince is null || timeProvider.GetUtcNow() >= _retryAt;
        }
    }

    /// <summary>Records a success: logs the recovery once.</summary>
    public void Succeeded()
    {
        DateTimeOffset? was;
        lock (_gate)
        {
            was = _outSince;
            _outSince = null;
            _reason = string.Empty;
        }

        if (was is { } since)
        {
            Log.StoreRecovered(logger, (timeProvider.GetUtcNow() - since).TotalSeconds);
        }
    }

    /// <summary>Records a failure of <paramref name="operation"/>: logs the outage once, clears the pool, waits before the next try.</summary>
    public void Failed(string operation, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = Describe(exception);
        bool first;
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            first = _outSince is null;
            _outSince ??= now;
            _retryAt = now + options.Value.RetryInterval;
            _reason = reason;
        }

        database.ClearPool();
        if (first)
        {
            Log.StoreOut(logger, operation, reason, options.Value.RetryInterval.TotalSeconds);
        }
    }

    /// <summary>True for the failures that mean "the store is not answering" (not a bug in a statement).</summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.IsTransient || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException => true,
        TimeoutException => true,
        System.Net.Sockets.SocketException => true,
        IOException => true,
        InvalidOperationException invalid => invalid.InnerException is { } inner && IsOutage(inner),
        _ => false,
    };

    private static string Describe(Exception exception) => exception switch
    {
        PostgresException postgres => $"PostgreSQL error {postgres.SqlState}",
        NpgsqlException { InnerException: System.Net.Sockets.SocketException socket } => $"cannot connect ({socket.SocketErrorCode})",
        NpgsqlException { InnerException: TimeoutException } or TimeoutException => "timed out",
        NpgsqlException => "connection failed",
        _ => exception.GetType().Name,
    };
}
