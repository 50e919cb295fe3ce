using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CareerBot.Storage.Sqlite;

/// <summary>
/// The schema, as numbered migrations applied in order inside one write transaction. <c>schema_version</c> holds
/// the version the file is at; a file at a newer version than this binary knows is refused (an older binary would
/// misread it), never downgraded.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Migration N (1-based) takes the file from version N-1 to N.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE questions (
            answer_id    TEXT    NOT NULL PRIMARY KEY,
            asked_at     INTEGER NOT NULL,  -- Unix time, milliseconds, UTC
            platform     TEXT    NOT NULL,
            user_hash    TEXT,              -- HMAC-SHA256 of platform and user id, never the id
            text         TEXT,              -- null when Store:RecordQuestions is off
            normalized   TEXT,              -- QuestionText.Normalize(text); null with text
            intent       TEXT    NOT NULL,
            answered     INTEGER NOT NULL,
            top_source   TEXT,
            answer_title TEXT,
            latency_ms   REAL    NOT NULL
        );
        CREATE INDEX questions_asked_at ON questions (asked_at);
        CREATE TABLE votes (
            answer_id TEXT    NOT NULL REFERENCES questions (answer_id) ON DELETE CASCADE,
            user_hash TEXT    NOT NULL,
            helpful   INTEGER NOT NULL,
            voted_at  INTEGER NOT NULL,
            PRIMARY KEY (answer_id, user_hash)
        );
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    /// <summary>Brings the file to <see cref="CurrentVersion"/>; returns the version it was at.</summary>
    public static int Migrate(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var found = ReadVersion(connection, transaction);
        if (found > CurrentVersion)
        {
            throw new StoreException(
                $"The database {path} has schema version {found}, newer than this careerbot knows ({CurrentVersion}): " +
                "it was written by a newer release. Run that release (or newer), or point Store__Path at another file.");
        }

        for (var version = found + 1; version <= CurrentVersion; version++)
        {
            Execute(connection, transaction, Migrations[version - 1]);
        }

        if (found != CurrentVersion)
        {
            Execute(connection, transaction, "DELETE FROM schema_version");
            Execute(connection, transaction, "INSERT INTO schema_version (version) VALUES (" + CurrentVersion.ToString(CultureInfo.InvariantCulture) + ")");
        }

        transaction.Commit();
        return found;
    }

    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
