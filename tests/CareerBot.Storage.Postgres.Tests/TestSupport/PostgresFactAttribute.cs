namespace CareerBot.Storage.Postgres.Tests.TestSupport;

/// <summary>
/// A test that needs the real PostgreSQL server of <see cref="TestDatabase"/>: skipped, with <see cref="PostgresTests.SkipReason"/>,
/// when <c>CAREERBOT_TEST_POSTGRES</c> is not set, so <c>dotnet test</c> with only the SDK stays green. CI runs under
/// <c>.ci/with-postgres</c> and <c>.ci/run</c> fails on any skipped test, so a missing server is never green there.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresTests.SkipReason;
}
