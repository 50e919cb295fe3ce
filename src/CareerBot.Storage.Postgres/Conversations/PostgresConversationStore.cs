using System.Text.Json;
using CareerBot.Core.Conversations;
using CareerBot.Storage.Postgres.Health;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace CareerBot.Storage.Postgres.Conversations;

/// <summary>
/// Conversation subjects on the shared database, so a follow-up answered by another replica keeps its context.
/// The same rules as in memory: forgotten <see cref="ConversationOptions.Ttl"/> after they were set, and past
/// <see cref="ConversationOptions.MaxConversations"/> the least recently set go first (pruned every
/// <see cref="PruneInterval"/> writes). While the store is out the local <paramref name="fallback"/> answers.
/// </summary>
internal sealed class PostgresConversationStore(
    PostgresDatabase database,
    StoreAvailability availability,
    IConversationStore fallback,
    IOptions<ConversationOptions> options,
    TimeProvider timeProvider) : IConversationStore
{
    private int _writes;

    /// <summary>How many writes reach the prune; tests lower it.</summary>
    internal int PruneInterval { get; set; } = 256;

    public async ValueTask<ConversationState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!availability.ShouldTry())
        {
            return await fallback.GetAsync(key, cancellationToken);
        }

        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT state::text FROM careerbot_conversations WHERE key = @key AND expires_at > @now", connection);
            command.Parameters.AddWithValue("key", key);
            command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = timeProvider.GetUtcNow() });
            var json = await command.ExecuteScalarAsync(cancellationToken) as string;
            availability.Succeeded();
            return json is null ? null : JsonSerializer.Deserialize(json, ConversationStateJson.Default.ConversationState);
        }
        catch (Exception ex) when (StoreAvailability.IsOutage(ex) && !cancellationToken.IsCancellationRequested)
        {
            availability.Failed("conversation read", ex);
            return await fallback.GetAsync(key, cancellationToken);
        }
    }

    public async ValueTask SetAsync(string key, ConversationState state, CancellationToken cancellationToken)
    {
        await fallback.SetAsync(key, state, cancellationToken);
        if (!availability.ShouldTry())
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var settings = options.Value;
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using (var command = new NpgsqlCommand("""
                INSERT INTO careerbot_conversations (key, state, expires_at, updated_at) VALUES (@key, @state, @expires, @now)
                ON CONFLICT (key) DO UPDATE SET state = EXCLUDED.state, expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at
                """, connection))
            {
                command.Parameters.AddWithValue("key", key);
                command.Parameters.Add(new NpgsqlParameter("state", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(state, ConversationStateJson.Default.ConversationState) });
                command.Parameters.Add(new NpgsqlParameter("expires", NpgsqlDbType.TimestampTz) { Value = now + settings.Ttl });
                command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            availability.Succeeded();
            if (Interlocked.Increment(ref _writes) % PruneInterval == 0)
            {
                await PruneAsync(connection, now, settings.MaxConversations, cancellationToken);
            }
        }
        catch (Exception ex) when (StoreAvailability.IsOutage(ex) && !cancellationToken.IsCancellationRequested)
        {
            availability.Failed("conversation write", ex);
        }
    }

    private static async Task PruneAsync(NpgsqlConnection connection, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using (var expired = new NpgsqlCommand("DELETE FROM careerbot_conversations WHERE expires_at <= @now", connection))
        {
            expired.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
            await expired.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var excess = new NpgsqlCommand("""
            DELETE FROM careerbot_conversations WHERE key IN (
                SELECT key FROM careerbot_conversations ORDER BY updated_at
                LIMIT GREATEST(0, (SELECT count(*) FROM careerbot_conversations) - @max))
            """, connection);
        excess.Parameters.AddWithValue("max", (long)max);
        await excess.ExecuteNonQueryAsync(cancellationToken);
    }
}
