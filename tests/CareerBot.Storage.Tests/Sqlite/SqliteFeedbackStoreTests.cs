using System.Diagnostics;
using CareerBot.Storage.Sqlite;

namespace CareerBot.Storage.Tests.Sqlite;

public sealed class SqliteFeedbackStoreTests
{
    [Fact]
    public async Task Initialize_NoFile_CreatesTheFolderAndSchema_InWalMode()
    {
        await using var store = await TestStore.OpenAsync();

        Assert.Equal(SqliteSchema.CurrentVersion, store.Scalar("SELECT version FROM schema_version"));
        Assert.Equal(1, store.Scalar("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(2, store.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('questions', 'votes')"));
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task Initialize_EmptyFile_MigratesIt_AndAgainIsANoOp()
    {
        await using var store = TestStore.Create();
        Directory.CreateDirectory(Path.GetDirectoryName(store.DatabasePath)!);
        await File.WriteAllBytesAsync(store.DatabasePath, []);

        await store.Store.InitializeAsync(CancellationToken.None);
        await store.Store.RecordQuestionAsync(TestStore.Question(), CancellationToken.None);
        await store.ReopenAsync();

        Assert.Equal(SqliteSchema.CurrentVersion, store.Scalar("SELECT version FROM schema_version"));
        Assert.Equal(1, store.Scalar("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(1, store.Scalar("SELECT COUNT(*) FROM questions"));
    }

    [Fact]
    public async Task Initialize_NewerSchemaThanTheBinaryKnows_IsRefusedWithAClearMessage()
    {
        await using var store = await TestStore.OpenAsync();
        await store.Store.DisposeAsync();
        using (var connection = store.Connect())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE schema_version SET version = 99";
            command.ExecuteNonQuery();
        }

        var error = await Assert.ThrowsAsync<StoreException>(store.ReopenAsync);

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer than this careerbot knows (1)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Store__Path", error.Message, StringComparison.Ordinal);
        Assert.Equal(99, store.Scalar("SELECT version FROM schema_version"));
    }

    [Fact]
    public async Task Initialize_FileLockedByAnotherWriter_SaysItIsLocked()
    {
        await using var store = await TestStore.OpenAsync();
        await store.Store.DisposeAsync();
        using var holder = store.Connect();
        using (var command = holder.CreateCommand())
        {
            command.CommandText = "BEGIN EXCLUSIVE";
            command.ExecuteNonQuery();
        }

        var error = await Assert.ThrowsAsync<StoreException>(store.ReopenAsync);

        Assert.Contains("is locked by another process", error.Message, StringComparison.Ordinal);
        Assert.Contains(store.DatabasePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initialize_ReadOnlyFile_SaysItIsReadOnly()
    {
        await using var store = await TestStore.OpenAsync();
        await store.Store.DisposeAsync();
        // Root ignores file modes, so as root the file is made immutable instead (ext4's chattr +i).
        var root = Environment.UserName == "root";
        if (root)
        {
            Run("chattr", "+i", store.DatabasePath);
        }
        else
        {
            File.SetUnixFileMode(store.DatabasePath, UnixFileMode.UserRead);
        }

        try
        {
            var error = await Assert.ThrowsAsync<StoreException>(store.ReopenAsync);

            Assert.Contains("is read-only", error.Message, StringComparison.Ordinal);
            Assert.Contains(store.DatabasePath, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            if (root)
            {
                Run("chattr", "-i", store.DatabasePath);
            }
        }
    }

    [Fact]
    public async Task Initialize_NotADatabase_SaysSo()
    {
        await using var store = TestStore.Create();
        Directory.CreateDirectory(Path.GetDirectoryName(store.DatabasePath)!);
        await File.WriteAllTextAsync(store.DatabasePath, new string('x', 4096));

        var error = await Assert.ThrowsAsync<StoreException>(() => store.Store.InitializeAsync(CancellationToken.None));

        Assert.Contains("is not a readable CareerBot database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordQuestion_StoresEveryField()
    {
        await using var store = await TestStore.OpenAsync();
        var question = TestStore.Question(text: "How do I START?", answered: false, intent: "ask", latencyMs: 42.5, user: "abc123");

        await store.Store.RecordQuestionAsync(question, CancellationToken.None);

        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT answer_id, asked_at, platform, user_hash, text, normalized, intent, answered, top_source, answer_title, latency_ms FROM questions";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(question.AnswerId, reader.GetString(0));
        Assert.Equal(question.AskedAt.ToUnixTimeMilliseconds(), reader.GetInt64(1));
        Assert.Equal("slack", reader.GetString(2));
        Assert.Equal("abc123", reader.GetString(3));
        Assert.Equal("How do I START?", reader.GetString(4));
        Assert.Equal("how do i start", reader.GetString(5));
        Assert.Equal("ask", reader.GetString(6));
        Assert.Equal(0, reader.GetInt32(7));
        Assert.Equal("Guide › Start", reader.GetString(8));
        Assert.Equal("Getting started", reader.GetString(9));
        Assert.Equal(42.5, reader.GetDouble(10));
        Assert.False(reader.Read());
    }

    [Fact]
    public async Task RecordQuestion_WithQuestionsOff_KeepsOnlyTheCounts()
    {
        await using var store = await TestStore.OpenAsync(options => options.RecordQuestions = false);

        await store.Store.RecordQuestionAsync(TestStore.Question(text: "a secret question", user: "abc123"), CancellationToken.None);

        Assert.Equal(1, store.Scalar("SELECT COUNT(*) FROM questions"));
        Assert.Equal(0, store.Scalar("SELECT COUNT(*) FROM questions WHERE text IS NOT NULL OR normalized IS NOT NULL OR user_hash IS NOT NULL"));
        await store.Store.DisposeAsync();
        var bytes = await File.ReadAllBytesAsync(store.DatabasePath);
        Assert.DoesNotContain("secret", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordQuestion_SameAnswerIdTwice_KeepsOneRow()
    {
        await using var store = await TestStore.OpenAsync();
        var question = TestStore.Question();

        await store.Store.RecordQuestionAsync(question, CancellationToken.None);
        await store.Store.RecordQuestionAsync(question with { Text = "other" }, CancellationToken.None);

        Assert.Equal(1, store.Scalar("SELECT COUNT(*) FROM questions"));
    }

    [Fact]
    public async Task Vote_OncePerUserPerAnswer_ASecondClickChangesIt()
    {
        await using var store = await TestStore.OpenAsync();
        var question = TestStore.Question();
        await store.Store.RecordQuestionAsync(question, CancellationToken.None);
        var at = question.AskedAt.AddMinutes(1);

        Assert.Equal(VoteOutcome.Recorded, await store.Store.RecordVoteAsync(new VoteRecord(question.AnswerId, "alice", true, at), CancellationToken.None));
        Assert.Equal(VoteOutcome.Unchanged, await store.Store.RecordVoteAsync(new VoteRecord(question.AnswerId, "alice", true, at), CancellationToken.None));
        Assert.Equal(VoteOutcome.Changed, await store.Store.RecordVoteAsync(new VoteRecord(question.AnswerId, "alice", false, at), CancellationToken.None));
        Assert.Equal(VoteOutcome.Recorded, await store.Store.RecordVoteAsync(new VoteRecord(question.AnswerId, "bob", true, at), CancellationToken.None));

        Assert.Equal(2, store.Scalar("SELECT COUNT(*) FROM votes"));
        Assert.Equal(0, store.Scalar("SELECT helpful FROM votes WHERE user_hash = 'alice'"));
        Assert.Equal(1, store.Scalar("SELECT helpful FROM votes WHERE user_hash = 'bob'"));
    }

    [Fact]
    public async Task Vote_OnAnUnknownAnswer_WritesNothing()
    {
        await using var store = await TestStore.OpenAsync();

        var outcome = await store.Store.RecordVoteAsync(new VoteRecord(AnswerIds.New(), "alice", false, DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.Equal(VoteOutcome.UnknownAnswer, outcome);
        Assert.Equal(0, store.Scalar("SELECT COUNT(*) FROM votes"));
    }

    [Fact]
    public async Task DeleteOlderThan_DeletesOnlyOlderQuestionsAndTheirVotes()
    {
        await using var store = await TestStore.OpenAsync();
        var cutoff = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var old = TestStore.Question(at: cutoff.AddMilliseconds(-1));
        var exact = TestStore.Question(at: cutoff);
        var recent = TestStore.Question(at: cutoff.AddDays(10));
        foreach (var question in new[] { old, exact, recent })
        {
            await store.Store.RecordQuestionAsync(question, CancellationToken.None);
            await store.Store.RecordVoteAsync(new VoteRecord(question.AnswerId, "alice", true, cutoff.AddDays(20)), CancellationToken.None);
        }

        var deleted = await store.Store.DeleteOlderThanAsync(cutoff, CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(0, store.Scalar($"SELECT COUNT(*) FROM questions WHERE answer_id = '{old.AnswerId}'"));
        Assert.Equal(0, store.Scalar($"SELECT COUNT(*) FROM votes WHERE answer_id = '{old.AnswerId}'"));
        Assert.Equal(2, store.Scalar("SELECT COUNT(*) FROM questions"));
        Assert.Equal(2, store.Scalar("SELECT COUNT(*) FROM votes"));
        Assert.Equal(VoteOutcome.UnknownAnswer, await store.Store.RecordVoteAsync(new VoteRecord(old.AnswerId, "bob", true, cutoff), CancellationToken.None));
    }

    [Fact]
    public async Task Writes_BeforeInitialize_AreRefused()
    {
        await using var store = TestStore.Create();

        var error = await Assert.ThrowsAsync<StoreException>(() => store.Store.RecordQuestionAsync(TestStore.Question(), CancellationToken.None));

        Assert.Contains("not open", error.Message, StringComparison.Ordinal);
    }

    private static void Run(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)}: {process.StandardError.ReadToEnd()}");
    }
}
