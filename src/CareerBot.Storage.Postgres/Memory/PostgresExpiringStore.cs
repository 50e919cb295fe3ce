using CareerBot.Adapters.Memory;
using CareerBot.Storage.Postgres.Configuration;
using CareerBot.Storage.Postgres.Health;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace CareerBot.Storage.Postgres.Memory;

/// <summary>
/// The adapters' <see cref="IExpiringKeySet"/> and <see cref="IExpiringValueStore"/> on the shared database, so a
/// delivery that reaches two replicas is handled by one. A claim is one atomic statement: an insert that, on a
/// conflict, only extends the key's expiry and marks it <c>fresh</c> when the old row had expired, so two replicas
/// claiming at once cannot both win (the second waits on the first's row lock, then sees it). While the store is out,
/// the local <paramref name="fallback"/> takes over (and keeps what it saw, so a repeat to this replica is still dropped).
/// </summary>
internal sealed partial class PostgresExpiringStore(
    PostgresDatabase database,
    StoreAvailability availability,
    MemoryExpiringStore fallback,
    IOptions<PostgresStoreOptions> options,
    TimeProvider timeProvider,
    ILogger<PostgresExpiringStore> logger) : IExpiringKeySet, IExpiringValueStore
{
    /// <summary>Writes (per replica) between two prunes of expired rows.</summary>
    public const int PruneEvery = 1024;

    private const string ClaimSql = """
        INSERT INTO careerbot_expiring AS t (key, value, expires_at, fresh)
        SELECT k, NULL, e, true FROM unnest(@keys, @expires) AS input(k, e)
        ON CONFLICT (key) DO UPDATE SET
            fresh = t.expires_at <= @now,
            value = CASE WHEN t.expires_at <= @now THEN NULL ELSE t.value END,
            expires_at = GREATEST(t.expires_at, EXCLUDED.expires_at)
        RETURNING fresh
        """;

    private int _writes;

    /// <summary>How many writes reach the prune; tests lower it.</summary>
    internal int PruneInterval { get; set; } = PruneEvery;

    public bool TryClaim(params ReadOnlySpan<ExpiringKey> keys)
    {
        if (keys.IsEmpty)
        {
            return fallback.TryClaim(keys);
        }

        // One row per key (the longest lifetime), in one order, so two multi-key claims cannot deadlock.
        var distinct = new SortedDictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            distinct[key.Value] = distinct.TryGetValue(key.Value, out var lifetime) && lifetime > key.Lifetime ? lifetime : key.Lifetime;
        }

        // The local set always learns the keys too: it answers alone while the store is out.
        var local = fallback.TryClaim(keys);
        if (!availability.ShouldTry())
        {
            return local;
        }

        var now = timeProvider.GetUtcNow();
        try
        {
            using var connection = database.Open();
            using var command = new NpgsqlCommand(ClaimSql, connection);
            command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = distinct.Keys.ToArray() });
            command.Parameters.Add(new NpgsqlParameter("expires", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = distinct.Values.Select(lifetime => now + lifetime).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
            var allFresh = true;
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    allFresh &= reader.GetBoolean(0);
                }
            }

            availability.Succeeded();
            AfterWrite(connection, now);
            return allFresh;
        }
        catch (Exception ex) when (StoreAvailability.IsOutage(ex))
        {
            availability.Failed("claim", ex);
            return local;
        }
    }

    public void Release(params ReadOnlySpan<string> keys)
    {
        fallback.Release(keys);
        if (keys.IsEmpty || !availability.ShouldTry())
        {
            return;
        }

        try
        {
            using var connection = database.Open();
            using var command = new NpgsqlCommand("DELETE FROM careerbot_expiring WHERE key = ANY(@keys)", connection);
            command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys.ToArray() });
            command.ExecuteNonQuery();
            availability.Succeeded();
        }
        catch (Exception ex) when (StoreAvailability.IsOutage(ex))
        {
            availability.Failed("release", ex);
        }
    }

    public void Set(string key, string value, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        fallback.Set(key, value, lifetime);
        if (!availability.ShouldTry())
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        try
        {
            using var connection = database.Open();
            using var command = new NpgsqlCommand("""
                INSERT INTO careerbot_expiring (key, value, expires_at, fresh) VALUES (@key, @value, @expires, true)
                ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at
                """, connection);
            command.Parameters.AddWithValue("key", key);
            command.Parameters.AddWithValue("value", value);
            command.Parameters.Add(new NpgsqlParameter("expires", NpgsqlDbType.TimestampTz) { Value = now + lifetime });
            command.ExecuteNonQuery();
            availability.Succeeded();
            AfterWrite(connection, now);
        }
        catch (Exception ex) when (StoreAvailability.IsOutage(ex))
        {
            availability.Failed("set", ex);
        }
    }

    public string? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!availability.ShouldTry())
        {
            return fallback.Find(key);
        }

        try
        {
            using var connection = database.Open();
            using var command = new NpgsqlCommand("SELECT value FROM careerbot_expiring WHERE key = @key AND expires_at > @now", connection);
            command.Parameters.AddWithValue("key", key);
            command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = timeProvider.GetUtcNow() });
            var value = command.ExecuteScalar() as string;
            availability.Succeeded();
            return value ?? fallback.Find(key);
        }
        catch (Exception ex) when (StoreAvailability.IsOutage(ex))
        {
            availability.Failed("find", ex);
            return fallback.Find(key);
        }
    }

    /// <summary>
    /// The bound: every <see cref="PruneInterval"/> writes, expired rows go; past <see cref="PostgresStoreOptions.MaxSharedEntries"/>
    /// the rows closest to expiry go, down to 90% (the same policy as the in-process store). A failed prune is logged
    /// as an outage but does not change the answer of the write that ran it.
    /// </summary>
    private void AfterWrite(NpgsqlConnection connection, DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _writes) % PruneInterval != 0)
        {
            return;
        }

        try
        {
            var deleted = Prune(connection, now, options.Value.MaxSharedEntries);
            Log.Pruned(logger, deleted, "careerbot_expiring");
        }
        catch (Exception ex) when (StoreAvailability.IsOutage(ex))
        {
            availability.Failed("prune", ex);
        }
    }

    private static int Prune(NpgsqlConnection connection, DateTimeOffset now, int capacity)
    {
        int deleted;
        using (var expired = new NpgsqlCommand("DELETE FROM careerbot_expiring WHERE expires_at <= @now", connection))
        {
            expired.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
            deleted = expired.ExecuteNonQuery();
        }

        using var excess = new NpgsqlCommand("""
            DELETE FROM careerbot_expiring WHERE key IN (
                SELECT key FROM careerbot_expiring ORDER BY expires_at
                LIMIT GREATEST(0, (SELECT count(*) FROM careerbot_expiring) - @keep))
            AND (SELECT count(*) FROM careerbot_expiring) > @capacity
            """, connection);
        excess.Parameters.AddWithValue("keep", (long)(capacity - (capacity / 10)));
        excess.Parameters.AddWithValue("capacity", (long)capacity);
        return deleted + excess.ExecuteNonQuery();
    }
}
