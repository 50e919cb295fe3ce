using System.Data;
using Npgsql;

namespace CareerBot.Storage.Postgres.Feedback;

/// <summary>
/// The report's queries on PostgreSQL, in one read-only snapshot so its numbers agree with each other. They give what
/// the SQLite reader gives for the same rows (days in UTC, texts compared byte-wise with <c>COLLATE "C"</c>,
/// nearest-rank percentiles: <c>percentile_disc</c>), so <c>careerbot report</c> renders either the same way.
/// </summary>
internal static class PostgresReportReader
{
    private const string Period = "q.asked_at >= COALESCE(@since, '-infinity') AND q.asked_at < COALESCE(@until, 'infinity')";

    public static async Task<ReportData> ReadAsync(NpgsqlConnection connection, ReportQuery query, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

        async Task<List<T>> RowsAsync<T>(string sql, Func<NpgsqlDataReader, T> row)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.Add(PostgresFeedbackStore.Timestamp("since", query.Since));
            command.Parameters.Add(PostgresFeedbackStore.Timestamp("until", query.Until));
            command.Parameters.AddWithValue("top", query.Top);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(row(reader));
            }

            return rows;
        }

        var (questions, answered) = (await RowsAsync(
            $"SELECT count(*)::int, (count(*) FILTER (WHERE answered))::int FROM careerbot_questions q WHERE {Period}",
            r => (r.GetInt32(0), r.GetInt32(1))))[0];

        var byDay = await RowsAsync(
            $"""
            SELECT (q.asked_at AT TIME ZONE 'UTC')::date AS day, count(*)::int, (count(*) FILTER (WHERE answered))::int
            FROM careerbot_questions q WHERE {Period} GROUP BY day ORDER BY day
            """,
            r => new DayCount(r.GetFieldValue<DateOnly>(0), r.GetInt32(1), r.GetInt32(2)));

        var byPlatform = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (platform, count) in await RowsAsync(
            $"SELECT platform, count(*)::int FROM careerbot_questions q WHERE {Period} GROUP BY platform",
            r => (r.GetString(0), r.GetInt32(1))))
        {
            byPlatform[platform] = count;
        }

        var unanswered = await RowsAsync(
            $"""
            SELECT min(text COLLATE "C"), count(*)::int AS asked FROM careerbot_questions q
            WHERE {Period} AND NOT answered AND normalized IS NOT NULL AND normalized <> ''
            GROUP BY normalized ORDER BY asked DESC, normalized COLLATE "C" LIMIT @top
            """,
            r => new TextCount(r.GetString(0), r.GetInt32(1)));

        var notHelpful = await RowsAsync(
            $"""
            SELECT COALESCE(q.answer_title, '') AS title, q.top_source,
                   (count(*) FILTER (WHERE v.helpful))::int AS good, (count(*) FILTER (WHERE NOT v.helpful))::int AS bad
            FROM careerbot_votes v JOIN careerbot_questions q ON q.answer_id = v.answer_id
            WHERE {Period}
            GROUP BY 1, 2 HAVING count(*) FILTER (WHERE NOT v.helpful) > 0
            ORDER BY bad DESC, good, COALESCE(q.answer_title, '') COLLATE "C" LIMIT @top
            """,
            r => new AnswerVotes(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2), r.GetInt32(3)));

        var votes = (await RowsAsync(
            $"""
            SELECT (count(*) FILTER (WHERE v.helpful))::int, (count(*) FILTER (WHERE NOT v.helpful))::int
            FROM careerbot_votes v JOIN careerbot_questions q ON q.answer_id = v.answer_id WHERE {Period}
            """,
            r => new VoteTotals(r.GetInt32(0), r.GetInt32(1))))[0];

        var slowest = await RowsAsync(
            $"""
            SELECT intent, count(*)::int,
                   percentile_disc(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50,
                   percentile_disc(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95,
                   max(latency_ms)
            FROM careerbot_questions q WHERE {Period}
            GROUP BY intent ORDER BY p95 DESC, intent COLLATE "C" LIMIT @top
            """,
            r => new IntentTiming(r.GetString(0), r.GetInt32(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4)));

        await transaction.CommitAsync(cancellationToken);
        return new ReportData(query.Since, questions, answered, byDay, byPlatform, unanswered, notHelpful, votes, slowest);
    }
}
