using CareerBot.Storage.Postgres.Configuration;
using CareerBot.Storage.Postgres.Schema;
using CareerBot.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CareerBot.Storage.Postgres.Tests.Schema;

public sealed class SchemaMigratorTests
{
    [PostgresFact]
    public async Task Migrate_EmptyDatabase_CreatesTheTablesAndRecordsTheVersion()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var pool = Pool(database);

        var version = await new SchemaMigrator(pool, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);

        Assert.Equal(Migrations.Latest, version);
        Assert.Equal(Migrations.Latest, await database.ScalarAsync<int>("SELECT max(version) FROM careerbot_schema_version"));
        Assert.Equal(4L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('careerbot_expiring', 'careerbot_conversations', 'careerbot_rate_limits', 'careerbot_turns')"));
        Assert.Equal(2L, await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('careerbot_questions', 'careerbot_votes')"));
    }

    [PostgresFact]
    public async Task Migrate_ThreeReplicasStartingAtOnce_MigrateOnceAndAllStart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var pools = Enumerable.Range(0, 3).Select(_ => Pool(database)).ToList();
        try
        {
            var versions = await Task.WhenAll(pools.Select(pool =>
                Task.Run(() => new SchemaMigrator(pool, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None))));

            Assert.All(versions, version => Assert.Equal(Migrations.Latest, version));
            Assert.Equal((long)Migrations.All.Count, await database.ScalarAsync<long>("SELECT count(*) FROM careerbot_schema_version"));
        }
        finally
        {
            pools.ForEach(pool => pool.Dispose());
        }
    }

    [PostgresFact]
    public async Task Migrate_Twice_ChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var pool = Pool(database);
        var migrator = new SchemaMigrator(pool, NullLogger<SchemaMigrator>.Instance);
        await migrator.MigrateAsync(CancellationToken.None);
        await database.ExecuteAsync("INSERT INTO careerbot_expiring (key, expires_at) VALUES ('kept', now() + interval '1 hour')");

        await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM careerbot_expiring WHERE key = 'kept'"));
    }

    [PostgresFact]
    public async Task Migrate_SchemaNewerThanTheBinary_RefusesWithAClearMessage()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var pool = Pool(database);
        var migrator = new SchemaMigrator(pool, NullLogger<SchemaMigrator>.Instance);
        await migrator.MigrateAsync(CancellationToken.None);
        await database.ExecuteAsync($"INSERT INTO careerbot_schema_version (version, description) VALUES ({Migrations.Latest + 1}, 'from the future')");

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => migrator.MigrateAsync(CancellationToken.None));

        Assert.Equal(Migrations.Latest + 1, error.Found);
        Assert.Contains($"schema version {Migrations.Latest + 1}, newer than the {Migrations.Latest} this careerbot knows", error.Message, StringComparison.Ordinal);
        Assert.Contains("Store__ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(database.Name, error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Migrate_StatementsWaitLongerThanTheQuestionTimeout_StillSucceedWithinTheStartupBudget()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var pool = Pool(database, timeout: TimeSpan.FromSeconds(1));
        await new SchemaMigrator(pool, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        // Another session (a replica mid-migration on a loaded machine) holds the version table for 3 s: longer
        // than Store:Timeout, well within Store:StartupTimeout.
        await using var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("LOCK TABLE careerbot_schema_version IN ACCESS EXCLUSIVE MODE", holder, transaction))
        {
            await hold.ExecuteNonQueryAsync();
        }

        var migrating = new SchemaMigrator(pool, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await transaction.RollbackAsync();

        Assert.Equal(Migrations.Latest, await migrating);
    }

    [PostgresFact]
    public async Task Migrate_LockHeldPastTheStartupBudget_StopsWithAMessageNamingTheSetting()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var pool = Pool(database, startupTimeout: TimeSpan.FromSeconds(1));
        await using var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using (var hold = new NpgsqlCommand($"SELECT pg_advisory_lock({SchemaMigrator.LockKey})", holder))
        {
            await hold.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<StoreException>(() => new SchemaMigrator(pool, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None));

        Assert.Contains("Store__StartupTimeout", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(database.Name, error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'careerbot_questions'"));
    }

    [Theory]
    [InlineData("00:00:00.500")]
    [InlineData("00:20:00")]
    public void StartupTimeout_OutOfRange_IsAStartupErrorNamingTheSetting(string value)
    {
        var options = new PostgresStoreOptions { Provider = "postgres", ConnectionString = "Host=db", StartupTimeout = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) };

        var result = new PostgresStoreOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Store__StartupTimeout", result.FailureMessage, StringComparison.Ordinal);
    }

    private static PostgresDatabase Pool(TestDatabase database, TimeSpan? timeout = null, TimeSpan? startupTimeout = null)
    {
        var options = new PostgresStoreOptions { Provider = "postgres", ConnectionString = database.ConnectionString };
        options.Timeout = timeout ?? options.Timeout;
        options.StartupTimeout = startupTimeout ?? options.StartupTimeout;
        return new(Options.Create(options));
    }
}
