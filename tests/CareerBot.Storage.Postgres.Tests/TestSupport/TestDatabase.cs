using Npgsql;

namespace CareerBot.Storage.Postgres.Tests.TestSupport;

/// <summary>
/// A fresh database on the PostgreSQL server that <c>.ci/with-postgres</c> starts (its connection string in
/// <c>CAREERBOT_TEST_POSTGRES</c>), dropped afterwards. A test that uses it is a <see cref="PostgresFactAttribute"/>
/// (skipped without that variable, and <c>.ci/run</c> fails on a skipped test); one that is not fails here instead.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string Variable = "CAREERBOT_TEST_POSTGRES";

    private readonly string _server;

    private TestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            $"{Variable} is not set: these tests need a real PostgreSQL. Run them through `bash .ci/with-postgres dotnet test ...` (bash .ci/run does).");

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = Server;
        var name = "careerbot_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new TestDatabase(server, name);
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
