using Microsoft.Extensions.Logging;
using Npgsql;

namespace CareerBot.Storage.Postgres.Schema;

/// <summary>
/// Brings the database to <see cref="Migrations.Latest"/> at start-up. Several replicas starting at once take turns
/// through one advisory lock (session level, released when the connection closes even if the process dies); each step
/// runs in its own transaction with its row in <c>careerbot_schema_version</c>, so a crash leaves a whole version.
/// Opening, waiting for the lock and migrating share one budget, <c>Store__StartupTimeout</c> (not the per-question
/// <c>Store__Timeout</c>: three replicas migrating at once on a loaded machine take longer than a question may).
/// </summary>
internal sealed class SchemaMigrator(PostgresDatabase database, ILogger<SchemaMigrator> logger)
{
    /// <summary>The advisory lock's key: "careerbot" in ASCII, a number no other application is likely to pick.</summary>
    internal const long LockKey = 0x63_61_72_65_65_72_62;

    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _migrated;

    /// <summary>Migrates unless this process already did (the hosted service and the feedback store both ask).</summary>
    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        await _once.WaitAsync(cancellationToken);
        try
        {
            if (!_migrated)
            {
                await MigrateAsync(cancellationToken);
                _migrated = true;
            }
        }
        finally
        {
            _once.Release();
        }
    }

    /// <summary>
    /// Migrates; returns the version the database is at. Throws <see cref="SchemaTooNewException"/> for a newer schema
    /// and a <see cref="StoreException"/> naming <c>Store__StartupTimeout</c> when the budget runs out.
    /// </summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(database.StartupTimeout);
        try
        {
            return await MigrateWithinAsync(budget.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (budget.IsCancellationRequested || IsTimeout(ex)))
        {
            throw new StoreException(
                $"The PostgreSQL store (Store__ConnectionString) could not be opened and migrated within {database.StartupTimeout.TotalSeconds:0.#} s " +
                "(Store__StartupTimeout): is the database reachable, or another replica holding the migration lock for long? Raise Store__StartupTimeout on a slow machine.",
                ex);
        }
    }

    private static bool IsTimeout(Exception exception) => exception is TimeoutException
        || exception is NpgsqlException { InnerException: TimeoutException }
        || exception is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled };

    private async Task<int> MigrateWithinAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenUnhurriedAsync(cancellationToken);
        if (!await ScalarAsync<bool>(connection, "SELECT pg_try_advisory_lock(@key)", cancellationToken))
        {
            Log.WaitingForMigration(logger);
            // Bounded by the start-up budget's token, not by a command timeout the connection string may set.
            await ScalarAsync<object>(connection, "SELECT pg_advisory_lock(@key)", cancellationToken, commandTimeout: 0);
        }

        try
        {
            await using (var create = new NpgsqlCommand(
                "CREATE TABLE IF NOT EXISTS careerbot_schema_version (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
                connection))
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            var from = await ScalarAsync<int>(connection, "SELECT COALESCE(MAX(version), 0) FROM careerbot_schema_version", cancellationToken);
            if (from > Migrations.Latest)
            {
                throw new SchemaTooNewException(from, Migrations.Latest);
            }

            foreach (var migration in Migrations.All.Where(m => m.Version > from))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using (var step = new NpgsqlCommand(migration.Sql, connection, transaction))
                {
                    await step.ExecuteNonQueryAsync(cancellationToken);
                }

                await using (var record = new NpgsqlCommand("INSERT INTO careerbot_schema_version (version, description) VALUES (@version, @description)", connection, transaction))
                {
                    record.Parameters.AddWithValue("version", migration.Version);
                    record.Parameters.AddWithValue("description", migration.Description);
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            Log.SchemaReady(logger, Migrations.Latest, from);
            return Migrations.Latest;
        }
        finally
        {
            // A cancelled command can leave the connection broken; closing it releases the session lock anyway.
            if (connection.FullState == System.Data.ConnectionState.Open)
            {
                await ScalarAsync<bool>(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
            }
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, int? commandTimeout = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (commandTimeout is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        if (sql.Contains("@key", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("key", LockKey);
        }

        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
