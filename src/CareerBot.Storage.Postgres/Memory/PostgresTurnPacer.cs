using CareerBot.Adapters.Memory;
using CareerBot.Storage.Postgres.Health;
using Npgsql;
using NpgsqlTypes;

namespace CareerBot.Storage.Postgres.Memory;

/// <summary>
/// Turns spaced across every process on the shared database (Discord's Identify buckets when each gateway shard
/// runs in its own pod). One statement: the turn is the later of now and the key's next free time, and the next
/// free time moves one interval past it; the row lock orders two processes reserving at once. While the store is
/// out the local <paramref name="fallback"/> paces this process alone.
/// </summary>
internal sealed class PostgresTurnPacer(PostgresDatabase database, StoreAvailability availability, MemoryTurnPacer fallback, TimeProvider timeProvider) : ITurnPacer
{
    public async ValueTask<DateTimeOffset> ReserveAsync(string key, TimeSpan interval, CancellationToken cancellationToken)
    {
        var local = await fallback.ReserveAsync(key, interval, cancellationToken);
        if (!availability.ShouldTry())
        {
            return local;
        }

        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("""
                INSERT INTO careerbot_turns AS t (key, next_at) VALUES (@key, @now + @interval)
                ON CONFLICT (key) DO UPDATE SET next_at = GREATEST(t.next_at, @now) + @interval
                RETURNING next_at - @interval
                """, connection);
            command.Parameters.AddWithValue("key", key);
            command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = timeProvider.GetUtcNow() });
            command.Parameters.Add(new NpgsqlParameter("interval", NpgsqlDbType.Interval) { Value = interval });
            var turn = (DateTime)(await command.ExecuteScalarAsync(cancellationToken))!;
            availability.Succeeded();
            return new DateTimeOffset(DateTime.SpecifyKind(turn, DateTimeKind.Utc));
        }
        catch (Exception ex) when (StoreAvailability.IsOutage(ex) && !cancellationToken.IsCancellationRequested)
        {
            availability.Failed("turn", ex);
            return local;
        }
    }
}
