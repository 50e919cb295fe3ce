namespace CareerBot.Storage.Postgres.Tests.TestSupport;

/// <summary>
/// A theory whose every case needs the real PostgreSQL server of <see cref="TestDatabase"/>: skipped as
/// <see cref="PostgresFactAttribute"/> is. Cases that need no server belong in a separate theory, so they still run without one.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = PostgresTests.SkipReason;
}
