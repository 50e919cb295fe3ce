using CareerBot.Core.RateLimiting;
using CareerBot.Storage.Postgres.Configuration;
using CareerBot.Storage.Postgres.Health;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace CareerBot.Storage.Postgres.RateLimiting;

/// <summary>
/// Per-user token buckets on the shared database, so a user's limit is one limit across replicas. One statement per
/// question: refill by the time since the last take (capped at the limit), take a token when there is one, and mark
/// the window's one notice; the row lock makes two replicas' takes for one user run one after the other. While the
/// store is out the local <paramref name="fallback"/> limits each replica on its own.
/// </summary>
internal sealed class PostgresRateLimitStore(
    PostgresDatabase database,
    StoreAvailability availability,
    IRateLimitStore fallback,
    IOptions<RateLimitOptions> rateLimits,
    IOptions<PostgresStoreOptions> options,
    TimeProvider timeProvider) : IRateLimitStore
{
    private const string Available = "LEAST(@limit, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM (@now - b.refilled_at))) * @rate)";

    private static readonly string TakeSql = $"""
        INSERT INTO careerbot_rate_limits AS b (bucket, tokens, refilled_at, notice_at, granted, noticed)
        VALUES (@bucket, @limit - 1, @now, NULL, true, false)
        ON CONFLICT (bucket) DO UPDATE SET
            tokens = CASE WHEN {Available} >= 1 THEN {Available} - 1 ELSE {Available} END,
            refilled_at = @now,
            granted = {Available} >= 1,
            noticed = {Available} < 1 AND (b.notice_at IS NULL OR b.notice_at <= @now - interval '1 minute'),
            notice_at = CASE WHEN {Available} < 1 AND (b.notice_at IS NULL OR b.notice_at <= @now - interval '1 minute') THEN @now ELSE b.notice_at END
        RETURNING granted, noticed, tokens
        """;

    private int _writes;

    /// <summary>How many takes reach the prune of full buckets; tests lower it.</summary>
    internal int PruneInterval { get; set; } = 1024;

    public async ValueTask<RateLimitDecision> TakeAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        var local = await fallback.TakeAsync(platform, userId, cancellationToken);
        if (!availability.ShouldTry())
        {
            return local;
        }

        var limit = rateLimits.Value.PerUserPerMinute;
        var rate = limit / 60.0; // tokens a second
        var now = timeProvider.GetUtcNow();
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            bool granted, noticed;
            double tokens;
            await using (var command = new NpgsqlCommand(TakeSql, connection))
            {
                command.Parameters.AddWithValue("bucket", $"{platform}:{userId}");
                command.Parameters.AddWithValue("limit", (double)limit);
                command.Parameters.AddWithValue("rate", rate);
                command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                (granted, noticed, tokens) = (reader.GetBoolean(0), reader.GetBoolean(1), reader.GetDouble(2));
            }

            availability.Succeeded();
            if (Interlocked.Increment(ref _writes) % PruneInterval == 0)
            {
                await PruneAsync(connection, now, limit / rate, cancellationToken);
            }

            return granted
                ? new RateLimitDecision(RateLimitOutcome.Allowed, TimeSpan.Zero)
                : new RateLimitDecision(noticed ? RateLimitOutcome.Notice : RateLimitOutcome.Suppressed, TimeSpan.FromSeconds((1 - tokens) / rate));
        }
        catch (Exception ex) when (StoreAvailability.IsOutage(ex) && !cancellationToken.IsCancellationRequested)
        {
            availability.Failed("rate limit", ex);
            return local;
        }
    }

    /// <summary>
    /// Drops buckets that have refilled completely (forgetting them changes nothing), then, past
    /// <see cref="PostgresStoreOptions.MaxRateLimitBuckets"/>, the longest-idle ones.
    /// </summary>
    private async Task PruneAsync(NpgsqlConnection connection, DateTimeOffset now, double secondsToFill, CancellationToken cancellationToken)
    {
        await using (var full = new NpgsqlCommand(
            "DELETE FROM careerbot_rate_limits WHERE refilled_at <= @full AND (notice_at IS NULL OR notice_at <= @now - interval '1 minute')", connection))
        {
            full.Parameters.Add(new NpgsqlParameter("full", NpgsqlDbType.TimestampTz) { Value = now - TimeSpan.FromSeconds(secondsToFill) });
            full.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
            await full.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var excess = new NpgsqlCommand("""
            DELETE FROM careerbot_rate_limits WHERE bucket IN (
                SELECT bucket FROM careerbot_rate_limits ORDER BY refilled_at
                LIMIT GREATEST(0, (SELECT count(*) FROM careerbot_rate_limits) - @max))
            """, connection);
        excess.Parameters.AddWithValue("max", (long)options.Value.MaxRateLimitBuckets);
        await excess.ExecuteNonQueryAsync(cancellationToken);
    }
}
