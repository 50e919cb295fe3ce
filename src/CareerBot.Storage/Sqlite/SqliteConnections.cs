using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CareerBot.Storage.Sqlite;

/// <summary>
/// Opens the database the same way everywhere: WAL (readers such as <c>careerbot report</c> never block the
/// writer), synchronous FULL (a commit is on disk before it is acknowledged) or NORMAL (<see cref="StoreDurability"/>), foreign keys on, and the busy timeout.
/// SQLite's failures become <see cref="StoreException"/>s that say what to do.
/// </summary>
internal static class SqliteConnections
{
    public static SqliteConnection Open(string path, TimeSpan busyTimeout, StoreDurability durability = StoreDurability.Full)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            // A file SQLite could only open for reading (no write permission, an immutable file) opens without error and
            // fails at the first write: refuse it now, at start-up, not at the first question.
            if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
            {
                throw new SqliteException("attempt to write a readonly database", SQLitePCL.raw.SQLITE_READONLY);
            }

            Pragma(connection, "busy_timeout = " + ((long)busyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
            var mode = Pragma(connection, "journal_mode = WAL");
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new StoreException($"The database {path} could not be switched to WAL mode (it stayed '{mode}'): is it on a network file system? Point Store__Path at a local disk.");
            }

            Pragma(connection, durability == StoreDurability.Full ? "synchronous = FULL" : "synchronous = NORMAL");
            Pragma(connection, "foreign_keys = ON");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The clear start-up message for what SQLite reported about <paramref name="path"/>.</summary>
    public static StoreException Explain(SqliteException exception, string path)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.SqliteErrorCode switch
        {
            SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED =>
                $"The database {path} is locked by another process (is a second careerbot writing to it, or a backup holding it?). Stop it, or point Store__Path at another file.",
            SQLitePCL.raw.SQLITE_READONLY =>
                $"The database {path} is read-only: careerbot must be able to write it and its folder (for the -wal and -shm files). Fix the permissions, or point Store__Path at a writable file.",
            SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_AUTH =>
                $"The database {path} cannot be opened (a missing or unwritable folder, or no permission). Fix it, or point Store__Path at another file.",
            SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT =>
                $"The file {path} is not a readable CareerBot database (not SQLite, or damaged). Restore it from a backup, or point Store__Path at another file.",
            SQLitePCL.raw.SQLITE_FULL or SQLitePCL.raw.SQLITE_IOERR =>
                $"The database {path} cannot be written (disk full or an I/O error). Free space, or point Store__Path at another disk.",
            _ => $"The database {path} cannot be used: {exception.Message} (Store__Path).",
        };
        return new StoreException(message, exception);
    }

    private static string? Pragma(SqliteConnection connection, string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return command.ExecuteScalar()?.ToString();
    }
}
