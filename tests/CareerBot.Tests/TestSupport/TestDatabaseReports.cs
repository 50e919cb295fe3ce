using System.Text.Json;
using CareerBot.Storage.Postgres.Tests.TestSupport;

namespace CareerBot.Tests.TestSupport;

/// <summary>What the host tests ask of the shared <see cref="TestDatabase"/> beyond the store tests' needs.</summary>
internal static class TestDatabaseReports
{
    /// <summary>
    /// <c>careerbot report --format json</c> run by the real binary on this database (<c>Store__Provider=postgres</c>;
    /// no user key: the report names no user), parsed.
    /// </summary>
    public static async Task<JsonElement> ReportAsync(this TestDatabase database)
    {
        var (exit, output, error) = await CareerBotProcess.RunAsync(
            ["report", "--format", "json"],
            environment: new Dictionary<string, string> { ["Store__Provider"] = "postgres", ["Store__ConnectionString"] = database.ConnectionString });
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }
}
