using Npgsql;

namespace CareerBot.Tests.TestSupport;

/// <summary>
/// A fresh database on the PostgreSQL server that <c>.ci/with-postgres</c> starts (its connection string in
/// <c>CAREERBOT_TEST_POSTGRES</c>), dropped afterwards. Without that variable the test fails: a store test that
/// skips would let a missing server pass as green.
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

    /// <summary>
    /// <c>careerbot report --format json</c> run by the real binary on this database (<c>Store__Provider=postgres</c>;
    /// no user key: the report names no user), parsed.
    /// </summary>
    public async Task<System.Text.Json.JsonElement> ReportAsync()
    {
        var (exit, output, error) = await CareerBotProcess.RunAsync(
            ["report", "--format", "json"],
            environment: new Dictionary<string, string> { ["Store__Provider"] = "postgres", ["Store__ConnectionString"] = ConnectionString });
        Assert.True(exit == 0, error);
        return System.Text.Json.JsonDocument.Parse(output).RootElement;
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
