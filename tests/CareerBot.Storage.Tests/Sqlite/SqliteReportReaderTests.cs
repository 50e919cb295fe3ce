namespace CareerBot.Storage.Tests.Sqlite;

public sealed class SqliteReportReaderTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Read_SeededDatabase_CountsAndGroups()
    {
        await using var store = await TestStore.OpenAsync();
        var helpful = TestStore.Question(at: Day1, title: "Salary", source: "Guide › Salaries", intent: "salary", latencyMs: 5);
        var unhelpful = TestStore.Question(at: Day1.AddHours(1), title: "Getting started", source: "Guide › Start", latencyMs: 300);
        var seeded = new List<QuestionRecord>
        {
            helpful,
            unhelpful,
            TestStore.Question(at: Day1.AddHours(2), platform: "discord", text: "Banana bread?", answered: false, latencyMs: 100),
            TestStore.Question(at: Day1.AddDays(1), platform: "discord", text: "banana  BREAD", answered: false, latencyMs: 200),
            TestStore.Question(at: Day1.AddDays(1), platform: "terminal", text: "what is rust", answered: false, latencyMs: 50),
            TestStore.Question(at: Day1.AddDays(2), platform: "slack", text: "skills?", intent: "skills", latencyMs: 7),
            TestStore.Question(at: Day1.AddDays(-30), platform: "slack", text: "too old", answered: false),
        };
        foreach (var question in seeded)
        {
            await store.Store.RecordQuestionAsync(question, CancellationToken.None);
        }

        await store.Store.RecordVoteAsync(new VoteRecord(unhelpful.AnswerId, "a", false, Day1), CancellationToken.None);
        await store.Store.RecordVoteAsync(new VoteRecord(unhelpful.AnswerId, "b", false, Day1), CancellationToken.None);
        await store.Store.RecordVoteAsync(new VoteRecord(unhelpful.AnswerId, "c", true, Day1), CancellationToken.None);
        await store.Store.RecordVoteAsync(new VoteRecord(helpful.AnswerId, "a", true, Day1), CancellationToken.None);
        await store.Store.RecordVoteAsync(new VoteRecord(helpful.AnswerId, "b", false, Day1), CancellationToken.None);

        var report = await store.Store.ReadAsync(new ReportQuery(Since: Day1.AddDays(-1)), CancellationToken.None);

        Assert.Equal(6, report.Questions);
        Assert.Equal(3, report.Answered);
        Assert.Equal(
            [new DayCount(new DateOnly(2026, 1, 5), 3, 2), new DayCount(new DateOnly(2026, 1, 6), 2, 0), new DayCount(new DateOnly(2026, 1, 7), 1, 1)],
            report.ByDay);
        Assert.Equal(new Dictionary<string, int> { ["discord"] = 2, ["slack"] = 3, ["terminal"] = 1 }, report.ByPlatform);
        Assert.Equal([new TextCount("Banana bread?", 2), new TextCount("what is rust", 1)], report.Unanswered);
        Assert.Equal(
            [new AnswerVotes("Getting started", "Guide › Start", 1, 2), new AnswerVotes("Salary", "Guide › Salaries", 1, 1)],
            report.NotHelpful);
        Assert.Equal(new VoteTotals(2, 3), report.Votes);
        Assert.Equal("ask", report.SlowestIntents[0].Intent);
        Assert.Equal(4, report.SlowestIntents[0].Count);
        Assert.Equal(300, report.SlowestIntents[0].MaxMs);
        Assert.Equal(["ask", "skills", "salary"], report.SlowestIntents.Select(t => t.Intent));
    }

    [Fact]
    public async Task Read_TopLimitsTheLists_AndAnEmptyPeriodIsZeroes()
    {
        await using var store = await TestStore.OpenAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.Store.RecordQuestionAsync(TestStore.Question(at: Day1, text: $"unknown {i}", answered: false), CancellationToken.None);
        }

        var limited = await store.Store.ReadAsync(new ReportQuery(Top: 3), CancellationToken.None);
        var empty = await store.Store.ReadAsync(new ReportQuery(Since: Day1.AddDays(1)), CancellationToken.None);

        Assert.Equal(3, limited.Unanswered.Count);
        Assert.Equal(0, empty.Questions);
        Assert.Empty(empty.ByDay);
        Assert.Empty(empty.SlowestIntents);
        Assert.Equal(new VoteTotals(0, 0), empty.Votes);
    }
}
