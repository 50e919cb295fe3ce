using System.Text;
using CareerBot.Storage.Postgres.Health;
using CareerBot.Storage.Postgres.Schema;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace CareerBot.Storage.Postgres.Feedback;

/// <summary>
/// Questions and votes on the shared database (<c>Store__Provider=postgres</c>), so the votes cast through every
/// replica land in one report. The same contract as the embedded SQLite store: each write is one autocommitted
/// statement that returns only once PostgreSQL has committed it (the server groups concurrent commits into one
/// flush, as the SQLite store's group-commit writer does), so an answer is sent, or a vote thanked, only after its
/// row is committed. A vote is one atomic <c>INSERT ... ON CONFLICT DO UPDATE</c>, one per user per answer. While the
/// store is out (<see cref="StoreAvailability"/>) writes fail at once with a <see cref="StoreException"/>: the
/// answer still goes out, without feedback buttons, and no question waits for a timeout.
/// </summary>
internal sealed class PostgresFeedbackStore(
    PostgresDatabase database, SchemaMigrator migrator, StoreAvailability availability, IOptions<StoreOptions> options) : IFeedbackStore, IFeedbackReport
{
    private const string InsertQuestionSql = """
        INSERT INTO careerbot_questions (answer_id, asked_at, platform, user_hash, text, normalized, intent, answered, top_source, answer_title, latency_ms)
        VALUES (@id, @at, @platform, @user, @text, @normalized, @intent, @answered, @source, @title, @latency)
        ON CONFLICT (answer_id) DO NOTHING
        """;

    // One statement: the vote is written only when its answer is kept, replaces the user's earlier vote, and says
    // what it did. xmax = 0 marks a row this statement inserted (not updated); a vote the same as before updates
    // nothing and returns no row.
    private const string VoteSql = """
        WITH answer AS (
            SELECT answer_id FROM careerbot_questions WHERE answer_id = @id
        ), written AS (
            INSERT INTO careerbot_votes AS v (answer_id, user_hash, helpful, voted_at)
            SELECT answer_id, @user, @helpful, @at FROM answer
            ON CONFLICT (answer_id, user_hash) DO UPDATE SET helpful = EXCLUDED.helpful, voted_at = EXCLUDED.voted_at
                WHERE v.helpful <> EXCLUDED.helpful
            RETURNING (xmax = 0) AS inserted
        )
        SELECT EXISTS (SELECT 1 FROM answer), (SELECT inserted FROM written)
        """;

    public async Task InitializeAsync(CancellationToken cancellationToken) => await migrator.EnsureMigratedAsync(cancellationToken);

    public Task RecordQuestionAsync(QuestionRecord question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var recordText = options.Value.RecordQuestions;
        var text = recordText && question.Text is { } asked ? Storable(asked) : null;
        return RunAsync("question", async (connection, token) =>
        {
            await using var command = new NpgsqlCommand(InsertQuestionSql, connection);
            command.Parameters.AddWithValue("id", question.AnswerId);
            command.Parameters.Add(Timestamp("at", question.AskedAt));
            command.Parameters.AddWithValue("platform", question.Platform);
            // With questions off nothing ties a row to a person either: only the counts remain.
            command.Parameters.Add(Text("user", recordText ? question.UserHash : null));
            command.Parameters.Add(Text("text", text));
            command.Parameters.Add(Text("normalized", text is null ? null : QuestionText.Normalize(text)));
            command.Parameters.AddWithValue("intent", question.Intent);
            command.Parameters.AddWithValue("answered", question.Answered);
            command.Parameters.Add(Text("source", question.TopSource));
            command.Parameters.Add(Text("title", question.AnswerTitle));
            command.Parameters.AddWithValue("latency", question.ResponseTime.TotalMilliseconds);
            return await command.ExecuteNonQueryAsync(token);
        }, unhurried: false, cancellationToken);
    }

    public Task<VoteOutcome> RecordVoteAsync(VoteRecord vote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return RunAsync("vote", async (connection, token) =>
        {
            await using var command = new NpgsqlCommand(VoteSql, connection);
            command.Parameters.AddWithValue("id", vote.AnswerId);
            command.Parameters.AddWithValue("user", vote.UserHash);
            command.Parameters.AddWithValue("helpful", vote.Helpful);
            command.Parameters.Add(Timestamp("at", vote.VotedAt));
            try
            {
                await using var reader = await command.ExecuteReaderAsync(token);
                await reader.ReadAsync(token);
                return !reader.GetBoolean(0) ? VoteOutcome.UnknownAnswer
                    : reader.IsDBNull(1) ? VoteOutcome.Unchanged
                    : reader.GetBoolean(1) ? VoteOutcome.Recorded
                    : VoteOutcome.Changed;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ForeignKeyViolation)
            {
                return VoteOutcome.UnknownAnswer; // retention deleted the answer between the check and the insert
            }
        }, unhurried: false, cancellationToken);
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        RunAsync("retention", async (connection, token) =>
        {
            // Every replica runs the job; the second one finds nothing left to delete. Votes go with their question.
            await using var command = new NpgsqlCommand("DELETE FROM careerbot_questions WHERE asked_at < @cutoff", connection);
            command.Parameters.Add(Timestamp("cutoff", cutoff));
            return await command.ExecuteNonQueryAsync(token);
        }, unhurried: true, cancellationToken);

    public Task<ReportData> ReadAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return RunAsync("report", (connection, token) => PostgresReportReader.ReadAsync(connection, query, token), unhurried: true, cancellationToken);
    }

    internal static NpgsqlParameter Timestamp(string name, DateTimeOffset? value) =>
        new(name, NpgsqlDbType.TimestampTz) { Value = value is { } at ? at.ToUniversalTime() : DBNull.Value };

    /// <summary>
    /// What PostgreSQL's <c>text</c> can hold: no NUL character and no lone surrogate (SQLite takes both; a question
    /// must not fail to be recorded for them).
    /// </summary>
    internal static string Storable(string text) =>
        Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text.Replace("\0", string.Empty, StringComparison.Ordinal)));

    private static NpgsqlParameter Text(string name, string? value) => new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    /// <summary>
    /// Runs one piece of work on a pooled connection. Every failure becomes a <see cref="StoreException"/> (what the
    /// adapters expect of any store); an outage also tells <see cref="StoreAvailability"/>, so the next questions do
    /// not wait for a timeout and <c>/readyz</c> says so.
    /// </summary>
    private async Task<T> RunAsync<T>(string operation, Func<NpgsqlConnection, CancellationToken, Task<T>> work, bool unhurried, CancellationToken cancellationToken)
    {
        if (!unhurried && !availability.ShouldTry())
        {
            throw new StoreException($"The PostgreSQL store is out ({availability.Reason}): the {operation} was not recorded.");
        }

        try
        {
            await using var connection = unhurried ? await database.OpenUnhurriedAsync(cancellationToken) : await database.OpenAsync(cancellationToken);
            var result = await work(connection, cancellationToken);
            availability.Succeeded();
            return result;
        }
        catch (Exception ex) when (StoreAvailability.IsOutage(ex) && !cancellationToken.IsCancellationRequested)
        {
            availability.Failed(operation, ex);
            throw new StoreException($"The PostgreSQL store (Store__ConnectionString) did not answer: the {operation} was not recorded or read.", ex);
        }
        catch (PostgresException ex)
        {
            throw new StoreException($"The PostgreSQL store refused the {operation} (PostgreSQL error {ex.SqlState}).", ex);
        }
    }
}
