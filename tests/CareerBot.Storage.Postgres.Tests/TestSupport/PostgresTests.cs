namespace CareerBot.Storage.Postgres.Tests.TestSupport;

/// <summary>Whether the PostgreSQL-backed tests can run here, and what a skipped one says when they cannot.</summary>
internal static class PostgresTests
{
    /// <summary>
    /// Null when <c>CAREERBOT_TEST_POSTGRES</c> names a server; otherwise why the test is skipped and how to run it.
    /// </summary>
    public static string? SkipReason => Environment.GetEnvironmentVariable(TestDatabase.Variable) is { Length: > 0 }
        ? null
        : $"{TestDatabase.Variable} is not set: this test needs a real PostgreSQL server. " +
          "Run it with `bash .ci/with-postgres dotnet test ...` (a throwaway cluster; CI does, and fails on any skipped test).";
}
