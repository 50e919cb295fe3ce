using CareerBot.Storage.Postgres.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CareerBot.Storage.Postgres;

/// <summary>
/// The connection pools to the shared database, one set per process. What a question waits for uses timeouts from
/// <c>Store__Timeout</c>, so a database that hangs costs a question seconds, not the default 15 s + 30 s; start-up
/// (migrations, waiting for another replica's) and the work no user waits on (the report, retention) use
/// <c>Store__StartupTimeout</c>, from a small pool of their own. A connection string that sets its own timeouts keeps them.
/// </summary>
internal sealed class PostgresDatabase : IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly Lazy<NpgsqlDataSource> _unhurried;

    public PostgresDatabase(IOptions<PostgresStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _dataSource = Create(settings, settings.Timeout, maxPoolSize: null);
        _unhurried = new(() => Create(settings, settings.StartupTimeout, maxPoolSize: 4));
        StartupTimeout = settings.StartupTimeout;
    }

    /// <summary>The budget of start-up, the report and retention (<c>Store__StartupTimeout</c>).</summary>
    public TimeSpan StartupTimeout { get; }

    public NpgsqlConnection Open() => _dataSource.OpenConnection();

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>A connection with the start-up budget: for migrations, the report and retention, never a question's path.</summary>
    public ValueTask<NpgsqlConnection> OpenUnhurriedAsync(CancellationToken cancellationToken) => _unhurried.Value.OpenConnectionAsync(cancellationToken);

    /// <summary>Drops pooled connections (after a failure: a restarted server has closed them all).</summary>
    public void ClearPool() => _dataSource.Clear();

    public void Dispose()
    {
        _dataSource.Dispose();
        if (_unhurried.IsValueCreated)
        {
            _unhurried.Value.Dispose();
        }
    }

    private static NpgsqlDataSource Create(PostgresStoreOptions settings, TimeSpan timeout, int? maxPoolSize)
    {
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var seconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
        if (!settings.ConnectionString!.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.Timeout = seconds;
            builder.CommandTimeout = seconds;
        }

        if (maxPoolSize is { } max)
        {
            builder.MaxPoolSize = Math.Min(builder.MaxPoolSize, max);
            builder.MinPoolSize = 0;
        }

        builder.ApplicationName ??= "careerbot";
        return NpgsqlDataSource.Create(builder);
    }
}
