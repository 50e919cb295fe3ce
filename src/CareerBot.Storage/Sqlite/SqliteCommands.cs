using Microsoft.Data.Sqlite;

namespace CareerBot.Storage.Sqlite;

/// <summary>The statements the writer runs, each inside the batch's transaction.</summary>
internal static class SqliteCommands
{
    private static readonly string[] InsertQuestionParameters =
        ["$id", "$at", "$platform", "$user", "$text", "$normalized", "$intent", "$answered", "$source", "$title", "$latency"];

    /// <summary>
    /// The question insert, prepared once for the writer's connection: parsing and planning the statement again for
    /// every question cost more than the insert itself. Bind and run it with <see cref="InsertQuestion"/>.
    /// </summary>
    public static SqliteCommand PrepareInsertQuestion(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO questions (answer_id, asked_at, platform, user_hash, text, normalized, intent, answered, top_source, answer_title, latency_ms)
            VALUES ($id, $at, $platform, $user, $text, $normalized, $intent, $answered, $source, $title, $latency)
            ON CONFLICT (answer_id) DO NOTHING
            """;
        foreach (var name in InsertQuestionParameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        return command;
    }

    public static bool InsertQuestion(SqliteCommand insert, SqliteTransaction transaction, QuestionRecord question, bool recordText)
    {
        insert.Transaction = transaction;
        var text = recordText ? question.Text : null;
        var parameters = insert.Parameters;
        parameters[0].Value = question.AnswerId;
        parameters[1].Value = question.AskedAt.ToUnixTimeMilliseconds();
        parameters[2].Value = question.Platform;
        // With questions off nothing ties a row to a person either: only the counts remain.
        parameters[3].Value = recordText ? (object?)question.UserHash ?? DBNull.Value : DBNull.Value;
        parameters[4].Value = (object?)text ?? DBNull.Value;
        parameters[5].Value = text is null ? DBNull.Value : QuestionText.Normalize(text);
        parameters[6].Value = question.Intent;
        parameters[7].Value = question.Answered ? 1 : 0;
        parameters[8].Value = (object?)question.TopSource ?? DBNull.Value;
        parameters[9].Value = (object?)question.AnswerTitle ?? DBNull.Value;
        parameters[10].Value = question.ResponseTime.TotalMilliseconds;
        return insert.ExecuteNonQuery() == 1;
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
