using CareerBot.Storage.Postgres.Tests.TestSupport;
using CareerBot.Storage.Users;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Storage.Postgres.Tests.Feedback;

public sealed class PostgresFeedbackStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day1 = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [PostgresFact]
    public async Task RecordQuestion_IsCommittedWhenItReturns_ARepeatedAnswerIdIsIgnored()
    {
        await using var stores = await FeedbackStores.OpenAsync(_database.ConnectionString);
        var question = FeedbackStores.Question(Day1, text: "salary senior", intent: "salary");

        await stores.Store.RecordQuestionAsync(question, CancellationToken.None);
        await stores.Store.RecordQuestionAsync(question with { Text = "something else" }, CancellationToken.None);

        // Read on another connection: what returned is committed.
        Assert.Equal(1L, await _database.ScalarAsync<long>($"SELECT count(*) FROM careerbot_questions WHERE answer_id = '{question.AnswerId}' AND text = 'salary senior' AND normalized = 'salary senior' AND intent = 'salary' AND user_hash = 'user-hash'"));
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM careerbot_questions"));
    }

    [PostgresFact]
    public async Task Votes_OnePerUserPerAnswer_ASecondVoteChangesIt()
    {
        await using var stores = await FeedbackStores.OpenAsync(_database.ConnectionString);
        var question = FeedbackStores.Question(Day1);
        await stores.Store.RecordQuestionAsync(question, CancellationToken.None);

        Assert.Equal(VoteOutcome.Recorded, await Vote(stores, question.AnswerId, "alice", helpful: true));
        Assert.Equal(VoteOutcome.Unchanged, await Vote(stores, question.AnswerId, "alice", helpful: true));
        Assert.Equal(VoteOutcome.Changed, await Vote(stores, question.AnswerId, "alice", helpful: false));
        Assert.Equal(VoteOutcome.Unchanged, await Vote(stores, question.AnswerId, "alice", helpful: false));
        Assert.Equal(VoteOutcome.Recorded, await Vote(stores, question.AnswerId, "bob", helpful: true));
        Assert.Equal(VoteOutcome.UnknownAnswer, await Vote(stores, AnswerIds.New(), "alice", helpful: true));

        Assert.Equal(2L, await _database.ScalarAsync<long>("SELECT count(*) FROM careerbot_votes"));
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM careerbot_votes WHERE user_hash = 'alice' AND NOT helpful"));
        var report = await stores.Report.ReadAsync(new ReportQuery(), CancellationToken.None);
        Assert.Equal(new VoteTotals(1, 1), report.Votes);
        Assert.Equal([new AnswerVotes("Getting started", "Guide › Start", 1, 1)], report.NotHelpful);
    }

    [PostgresFact]
    public async Task Votes_FromTwoReplicasAtOnce_ByOneUser_AreOneVote()
    {
        await using var first = await FeedbackStores.OpenAsync(_database.ConnectionString);
        await using var second = await FeedbackStores.OpenAsync(_database.ConnectionString);
        var question = FeedbackStores.Question(Day1);
        await first.Store.RecordQuestionAsync(question, CancellationToken.None);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => Vote(i % 2 == 0 ? first : second, question.AnswerId, "alice", helpful: true))));

        Assert.Single(outcomes, outcome => outcome == VoteOutcome.Recorded);
        Assert.Equal(19, outcomes.Count(outcome => outcome == VoteOutcome.Unchanged));
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM careerbot_votes"));
        Assert.Equal(new VoteTotals(1, 0), (await second.Report.ReadAsync(new ReportQuery(), CancellationToken.None)).Votes);
    }

    [PostgresFact]
    public async Task Report_GivesWhatTheSqliteStoreGivesForTheSameRecords()
    {
        await using var postgres = await FeedbackStores.OpenAsync(_database.ConnectionString);
        await using var sqlite = await FeedbackStores.OpenAsync(connectionString: null);
        var salary = FeedbackStores.Question(Day1, text: "salary senior", intent: "salary", title: "Salary", source: "Guide › Salaries", latencyMs: 5);
        var start = FeedbackStores.Question(Day1.AddHours(1), latencyMs: 300);
        QuestionRecord[] seeded =
        [
            salary,
            start,
            FeedbackStores.Question(Day1.AddHours(2), platform: "discord", text: "banana  BREAD", answered: false, source: null, latencyMs: 100),
            FeedbackStores.Question(Day1.AddDays(1), platform: "discord", text: "Banana bread?", answered: false, source: null, latencyMs: 200),
            FeedbackStores.Question(Day1.AddDays(1).AddHours(13).AddMinutes(59), platform: "terminal", text: "what is rust", answered: false, latencyMs: 50),
            FeedbackStores.Question(Day1.AddDays(2), text: "skills?", intent: "skills", title: null, source: null, latencyMs: 7),
            FeedbackStores.Question(Day1.AddDays(2), text: "skills", intent: "skills", title: null, source: null, latencyMs: 9),
            FeedbackStores.Question(Day1.AddDays(-30), text: "too old", answered: false),
        ];
        foreach (var store in new[] { postgres.Store, sqlite.Store })
        {
            foreach (var question in seeded)
            {
                await store.RecordQuestionAsync(question, CancellationToken.None);
            }

            await store.RecordVoteAsync(new VoteRecord(start.AnswerId, "a", false, Day1), CancellationToken.None);
            await store.RecordVoteAsync(new VoteRecord(start.AnswerId, "b", false, Day1), CancellationToken.None);
            await store.RecordVoteAsync(new VoteRecord(start.AnswerId, "c", true, Day1), CancellationToken.None);
            await store.RecordVoteAsync(new VoteRecord(salary.AnswerId, "a", true, Day1), CancellationToken.None);
            await store.RecordVoteAsync(new VoteRecord(salary.AnswerId, "b", false, Day1), CancellationToken.None);
            await store.RecordVoteAsync(new VoteRecord(seeded[5].AnswerId, "b", false, Day1), CancellationToken.None);
        }

        foreach (var query in new[] { new ReportQuery(Since: Day1.AddDays(-1)), new ReportQuery(), new ReportQuery(Since: Day1.AddDays(1), Until: Day1.AddDays(2), Top: 1) })
        {
            var expected = await sqlite.Report.ReadAsync(query, CancellationToken.None);
            var actual = await postgres.Report.ReadAsync(query, CancellationToken.None);

            Assert.Equal(expected.Since, actual.Since);
            Assert.Equal((expected.Questions, expected.Answered), (actual.Questions, actual.Answered));
            Assert.Equal(expected.ByDay, actual.ByDay);
            Assert.Equal(expected.ByPlatform, actual.ByPlatform);
            Assert.Equal(expected.Unanswered, actual.Unanswered);
            Assert.Equal(expected.NotHelpful, actual.NotHelpful);
            Assert.Equal(expected.Votes, actual.Votes);
            Assert.Equal(expected.SlowestIntents, actual.SlowestIntents);
        }

        var all = await postgres.Report.ReadAsync(new ReportQuery(Since: Day1.AddDays(-1)), CancellationToken.None);
        Assert.Equal(7, all.Questions);
        Assert.Equal([new TextCount("Banana bread?", 2), new TextCount("what is rust", 1)], all.Unanswered);
        Assert.Equal(new VoteTotals(2, 4), all.Votes);
        Assert.Equal(["ask", "skills", "salary"], all.SlowestIntents.Select(timing => timing.Intent));
    }

    [PostgresFact]
    public async Task RecordQuestionsOff_StoresNoTextAndNoAsker_OnlyCounts()
    {
        await using var stores = await FeedbackStores.OpenAsync(_database.ConnectionString, new Dictionary<string, string?> { ["Store:RecordQuestions"] = "false" });
        await stores.Store.RecordQuestionAsync(FeedbackStores.Question(Day1, text: "my secret question", answered: false), CancellationToken.None);

        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM careerbot_questions WHERE text IS NULL AND normalized IS NULL AND user_hash IS NULL"));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM careerbot_questions WHERE text IS NOT NULL OR normalized IS NOT NULL"));
        var report = await stores.Report.ReadAsync(new ReportQuery(), CancellationToken.None);
        Assert.Equal((1, 0), (report.Questions, report.Answered));
        Assert.Empty(report.Unanswered);
    }

    [PostgresFact]
    public async Task DeleteOlderThan_RemovesOnlyOldQuestionsAndTheirVotes()
    {
        await using var stores = await FeedbackStores.OpenAsync(_database.ConnectionString);
        var old = FeedbackStores.Question(Day1.AddDays(-100), text: "old");
        var recent = FeedbackStores.Question(Day1, text: "recent");
        await stores.Store.RecordQuestionAsync(old, CancellationToken.None);
        await stores.Store.RecordQuestionAsync(recent, CancellationToken.None);
        await Vote(stores, old.AnswerId, "alice", helpful: true);
        await Vote(stores, recent.AnswerId, "alice", helpful: true);

        var deleted = await stores.Store.DeleteOlderThanAsync(Day1.AddDays(-90), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal("recent", await _database.ScalarAsync<string>("SELECT string_agg(text, ',') FROM careerbot_questions"));
        Assert.Equal(recent.AnswerId, await _database.ScalarAsync<string>("SELECT string_agg(answer_id, ',') FROM careerbot_votes"));
        Assert.Equal(VoteOutcome.UnknownAnswer, await Vote(stores, old.AnswerId, "bob", helpful: true));
    }

    [PostgresFact]
    public async Task RecordQuestion_TextPostgresCannotHold_IsRecordedWithoutIt()
    {
        await using var stores = await FeedbackStores.OpenAsync(_database.ConnectionString);

        await stores.Store.RecordQuestionAsync(FeedbackStores.Question(Day1, text: "nul\0 and a lone \ud800 surrogate"), CancellationToken.None);

        Assert.Equal("nul and a lone \ufffd surrogate", await _database.ScalarAsync<string>("SELECT text FROM careerbot_questions"));
    }

    [PostgresFact]
    public async Task WithoutAUserKey_StartUpStopsAndNamesTheSetting()
    {
        await using var stores = await FeedbackStores.OpenAsync(_database.ConnectionString, new Dictionary<string, string?> { ["Store:UserKey"] = null });

        var error = Assert.Throws<StoreException>(() => stores.Services.GetRequiredService<UserHasher>());

        Assert.Contains("Store__UserKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("same key", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task TwoReplicas_WithTheSameKey_HashAUserTheSameWay()
    {
        await using var first = await FeedbackStores.OpenAsync(_database.ConnectionString);
        await using var second = await FeedbackStores.OpenAsync(_database.ConnectionString);

        var hash = first.Services.GetRequiredService<UserHasher>().Hash("slack", "U1");

        Assert.Equal(hash, second.Services.GetRequiredService<UserHasher>().Hash("slack", "U1"));
        Assert.DoesNotContain("U1", hash, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Initialize_CreatesTheFeedbackTables()
    {
        await using var stores = await FeedbackStores.OpenAsync(_database.ConnectionString);

        Assert.Equal(2L, await _database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('careerbot_questions', 'careerbot_votes')"));
        Assert.False(File.Exists(stores.SqlitePath)); // nothing went to the embedded store
    }

    private static Task<VoteOutcome> Vote(FeedbackStores stores, string answerId, string user, bool helpful) =>
        stores.Store.RecordVoteAsync(new VoteRecord(answerId, user, helpful, Day1.AddMinutes(5)), CancellationToken.None);
}
