using CareerBot.Storage.Postgres.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CareerBot.Storage.Postgres;

/// <summary>
/// The connection pool to the shared database, one per process. Timeouts come from <c>Store__Timeout</c> unless the
/// connection string sets its own, so a database that hangs costs a question seconds, not the default 15 s + 30 s.
/// </summary>
internal sealed class PostgresDatabase : IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(IOptions<PostgresStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var seconds = Math.Max(1, (int)Math.Ceiling(settings.Timeout.TotalSeconds));
        if (!settings.ConnectionString!.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.Timeout = seconds;
            builder.CommandTimeout = seconds;
        }

        builder.ApplicationName ??= "careerbot";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public NpgsqlConnection Open() => _dataSource.OpenConnection();

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Drops pooled connections (after a failure: a restarted server has closed them all).</summary>
    public void ClearPool() => _dataSource.Clear();

    public void Dispose() => _dataSource.Dispose();
}
