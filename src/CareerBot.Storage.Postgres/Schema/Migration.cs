namespace CareerBot.Storage.Postgres.Schema;

/// <summary>One step of the schema: its version and the statements that reach it from the version before.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
