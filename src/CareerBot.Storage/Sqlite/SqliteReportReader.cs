using Microsoft.Data.Sqlite;

namespace CareerBot.Storage.Sqlite;

/// <summary>The report's queries, run in one read transaction so its numbers agree with each other.</summary>
internal static class SqliteReportReader
{
    private const string Period = "q.asked_at >= $since AND q.asked_at < $until";

    public static ReportData Read(SqliteConnection connection, ReportQuery query)
    {
        using var transaction = connection.BeginTransaction(deferred: true);
        SqliteCommand Command(string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$since", query.Since?.ToUnixTimeMilliseconds() ?? long.MinValue);
            command.Parameters.AddWithValue("$until", query.Until?.ToUnixTimeMilliseconds() ?? long.MaxValue);
            command.Parameters.AddWithValue("$top", query.Top);
            return command;
        }

        int questions = 0, answered = 0;
        using (var command = Command($"SELECT COUNT(*), COALESCE(SUM(answered), 0) FROM questions q WHERE {Period}"))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            questions = reader.GetInt32(0);
            answered = reader.GetInt32(1);
        }

        var byDay = new List<DayCount>();
        using (var command = Command($"SELECT q.asked_at / 86400000 AS day, COUNT(*), SUM(answered) FROM questions q WHERE {Period} GROUP BY day ORDER BY day"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                byDay.Add(new DayCount(DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + reader.GetInt32(0)), reader.GetInt32(1), reader.GetInt32(2)));
            }
        }

        var byPlatform = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using (var command = Command($"SELECT platform, COUNT(*) FROM questions q WHERE {Period} GROUP BY platform"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                byPlatform[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var unanswered = new List<TextCount>();
        using (var command = Command($"""
            SELECT MIN(text), COUNT(*) AS asked FROM questions q
            WHERE {Period} AND answered = 0 AND normalized IS NOT NULL AND normalized <> ''
            GROUP BY normalized ORDER BY asked DESC, normalized LIMIT $top
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                unanswered.Add(new TextCount(reader.GetString(0), reader.GetInt32(1)));
            }
        }

        var notHelpful = new List<AnswerVotes>();
        using (var command = Command($"""
            SELECT COALESCE(q.answer_title, ''), q.top_source, SUM(v.helpful), SUM(1 - v.helpful) AS bad
            FROM votes v JOIN questions q ON q.answer_id = v.answer_id
            WHERE {Period}
            GROUP BY COALESCE(q.answer_title, ''), q.top_source HAVING bad > 0
            ORDER BY bad DESC, SUM(v.helpful), 1 LIMIT $top
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                notHelpful.Add(new AnswerVotes(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
            }
        }

        VoteTotals votes;
        using (var command = Command($"SELECT COALESCE(SUM(v.helpful), 0), COALESCE(SUM(1 - v.helpful), 0) FROM votes v JOIN questions q ON q.answer_id = v.answer_id WHERE {Period}"))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            votes = new VoteTotals(reader.GetInt32(0), reader.GetInt32(1));
        }

        var latencies = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        using (var command = Command($"SELECT intent, latency_ms FROM questions q WHERE {Period} ORDER BY intent, latency_ms"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var intent = reader.GetString(0);
                if (!latencies.TryGetValue(intent, out var list))
                {
                    latencies[intent] = list = [];
                }

                list.Add(reader.GetDouble(1));
            }
        }

        var slowest = latencies
            .Select(pair => new IntentTiming(pair.Key, pair.Value.Count, Percentile(pair.Value, 0.50), Percentile(pair.Value, 0.95), pair.Value[^1]))
            .OrderByDescending(timing => timing.P95Ms).ThenBy(timing => timing.Intent, StringComparer.Ordinal)
            .Take(query.Top)
            .ToList();

        transaction.Commit();
        return new ReportData(query.Since, questions, answered, byDay, byPlatform, unanswered, notHelpful, votes, slowest);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    internal static double Percentile(List<double> sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
