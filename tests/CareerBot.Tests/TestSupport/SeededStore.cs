using CareerBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.TestSupport;

/// <summary>A database written through the public store API, for the report's tests.</summary>
internal static class SeededStore
{
    public static readonly DateTimeOffset Day1 = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(string path, Func<IFeedbackStore, Task> seed)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Path"] = path }).Build();
        await using var services = new ServiceCollection().AddLogging().AddCareerBotStorage(configuration).BuildServiceProvider();
        var store = services.GetRequiredService<IFeedbackStore>();
        await store.InitializeAsync(CancellationToken.None);
        await seed(store);
    }

    /// <summary>Five questions over two days on three platforms, two unanswered alike, votes on two answers.</summary>
    public static Task WriteSampleAsync(string path) => WriteAsync(path, async store =>
    {
        var salary = Question(Day1, "slack", "salary senior", true, "salary", "Senior ML Engineer salary", 20);
        var start = Question(Day1.AddHours(1), "discord", "how do I start?", true, "ask", "Getting started", 300);
        foreach (var question in new[]
        {
            salary,
            start,
            Question(Day1.AddHours(2), "discord", "Banana, bread?", false, "ask", "I don't know that one", 100),
            Question(Day1.AddDays(1), "terminal", "banana bread", false, "ask", "I don't know that one", 90),
            Question(Day1.AddDays(1), "slack", "skills", true, "skills", "Skills", 10),
        })
        {
            await store.RecordQuestionAsync(question, CancellationToken.None);
        }

        await store.RecordVoteAsync(new VoteRecord(start.AnswerId, "h1", false, Day1), CancellationToken.None);
        await store.RecordVoteAsync(new VoteRecord(start.AnswerId, "h2", false, Day1), CancellationToken.None);
        await store.RecordVoteAsync(new VoteRecord(salary.AnswerId, "h1", true, Day1), CancellationToken.None);
    });

    private static QuestionRecord Question(DateTimeOffset at, string platform, string text, bool answered, string intent, string title, double ms) =>
        new(AnswerIds.New(), at, platform, null, text, intent, answered, answered ? "Guide › " + title : null, title, TimeSpan.FromMilliseconds(ms));
}
