using Microsoft.Data.Sqlite;

namespace CareerBot.Storage.Sqlite;

/// <summary>The statements the writer runs, each inside the batch's transaction.</summary>
internal static class SqliteCommands
{
    public static bool InsertQuestion(SqliteConnection connection, SqliteTransaction transaction, QuestionRecord question, bool recordText)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO questions (answer_id, asked_at, platform, user_hash, text, normalized, intent, answered, top_source, answer_title, latency_ms)
            VALUES ($id, $at, $platform, $user, $text, $normalized, $intent, $answered, $source, $title, $latency)
            ON CONFLICT (answer_id) DO NOTHING
            """;
        var text = recordText ? question.Text : null;
        command.Parameters.AddWithValue("$id", question.AnswerId);
        command.Parameters.AddWithValue("$at", question.AskedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$platform", question.Platform);
        // With questions off nothing ties a row to a person either: only the counts remain.
        command.Parameters.AddWithValue("$user", recordText ? (object?)question.UserHash ?? DBNull.Value : DBNull.Value);
        command.Parameters.AddWithValue("$text", (object?)text ?? DBNull.Value);
        command.Parameters.AddWithValue("$normalized", text is null ? DBNull.Value : QuestionText.Normalize(text));
        command.Parameters.AddWithValue("$intent", question.Intent);
        command.Parameters.AddWithValue("$answered", question.Answered ? 1 : 0);
        command.Parameters.AddWithValue("$source", (object?)question.TopSource ?? DBNull.Value);
        command.Parameters.AddWithValue("$title", (object?)question.AnswerTitle ?? DBNull.Value);
        command.Parameters.AddWithValue("$latency", question.ResponseTime.TotalMilliseconds);
        return command.ExecuteNonQuery() == 1;
    }

    public static VoteOutcome Vote(SqliteConnection connection, SqliteTransaction transaction, VoteRecord vote)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$id", vote.AnswerId);
        command.Parameters.AddWithValue("$user", vote.UserHash);
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM questions WHERE answer_id = $id)";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return VoteOutcome.UnknownAnswer;
        }

        command.CommandText = "SELECT helpful FROM votes WHERE answer_id = $id AND user_hash = $user";
        var before = command.ExecuteScalar();
        var helpful = vote.Helpful ? 1L : 0L;
        if (before is long previous && previous == helpful)
        {
            return VoteOutcome.Unchanged;
        }

        command.CommandText = """
            INSERT INTO votes (answer_id, user_hash, helpful, voted_at) VALUES ($id, $user, $helpful, $at)
            ON CONFLICT (answer_id, user_hash) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at
            """;
        command.Parameters.AddWithValue("$helpful", helpful);
        command.Parameters.AddWithValue("$at", vote.VotedAt.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
        return before is null ? VoteOutcome.Recorded : VoteOutcome.Changed;
    }

    public static int DeleteOlderThan(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset cutoff)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
        command.CommandText = "DELETE FROM votes WHERE answer_id IN (SELECT answer_id FROM questions WHERE asked_at < $cutoff)";
        command.ExecuteNonQuery();
        command.CommandText = "DELETE FROM questions WHERE asked_at < $cutoff";
        return command.ExecuteNonQuery();
    }
}
