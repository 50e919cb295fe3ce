using CareerBot.Storage.Postgres.Configuration;
using CareerBot.Storage.Postgres.Schema;
using CareerBot.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Postgres.Tests.Schema;

public sealed class SchemaMigratorTests
{
    [Fact]
    public async Task Migrate_EmptyDatabase_CreatesTheTablesAndRecordsTheVersion()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var pool = Pool(database);

        var version = await new SchemaMigrator(pool, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);

        Assert.Equal(Migrations.Latest, version);
        Assert.Equal(Migrations.Latest, await database.ScalarAsync<int>("SELECT max(version) FROM careerbot_schema_version"));
        Assert.Equal(4L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('careerbot_expiring', 'careerbot_conversations', 'careerbot_rate_limits', 'careerbot_turns')"));
    }

    [Fact]
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

    [Fact]
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

    [Fact]
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

    private static PostgresDatabase Pool(TestDatabase database) =>
        new(Options.Create(new PostgresStoreOptions { Provider = "postgres", ConnectionString = database.ConnectionString }));
}
