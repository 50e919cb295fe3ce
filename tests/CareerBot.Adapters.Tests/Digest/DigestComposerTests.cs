using CareerBot.Adapters.Digest;
using CareerBot.Core.Replies;
using CareerBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Adapters.Tests.Digest;

public sealed class DigestComposerTests
{
    private static readonly DateTimeOffset Due = WeeklyDigestServiceHarness.FirstDue;

    [Fact]
    public async Task ASeededWeek_GivesTheExpectedTable()
    {
        await using var harness = new WeeklyDigestServiceHarness([]);
        var store = harness.Store;
        await store.InitializeAsync(CancellationToken.None);
        var salary = await AskAsync(store, "how much does a senior earn?", answered: true, title: "Senior ML Engineer salary", daysAgo: 1);
        await AskAsync(store, "what skills do I need?", answered: true, title: "Skills", daysAgo: 2);
        var ladder = await AskAsync(store, "what comes after lead?", answered: true, title: "What comes after Lead ML Engineer", daysAgo: 3);
        await AskAsync(store, "How do I get a visa?", answered: false, daysAgo: 1);
        await AskAsync(store, "How do I get a visa?", answered: false, daysAgo: 2);
        await AskAsync(store, "how do i get a VISA", answered: false, daysAgo: 3);
        await AskAsync(store, "@everyone what is the pay at <!channel> acme?", answered: false, daysAgo: 4);
        await AskAsync(store, "which bootcamp should I pick to become an ML engineer in under a year?", answered: false, daysAgo: 5);
        await AskAsync(store, "a question from before the week", answered: false, daysAgo: 8);
        await AskAsync(store, "a question after the occurrence", answered: false, daysAgo: -1);
        await VoteAsync(store, salary, "u1", helpful: false);
        await VoteAsync(store, salary, "u2", helpful: false);
        await VoteAsync(store, salary, "u3", helpful: true);
        await VoteAsync(store, ladder, "u1", helpful: false);

        var data = await harness.Services.GetRequiredService<IFeedbackReport>().ReadAsync(DigestComposer.Query(Due), CancellationToken.None);
        var digest = DigestComposer.Compose(data, Due, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

        Assert.Equal("CareerBot weekly digest: Mon 2026-11-30 10:00 to Mon 2026-12-07 10:00 (Europe/Berlin)", digest.Heading);
        Assert.Equal(
        [
            "Questions   8",
            "Answered    3 (38%)",
            string.Empty,
            "Top unanswered questions                          Asked",
            "How do I get a visa?                                  3",
            "@everyone what is the pay at <!channel> acme?         1",
            "which bootcamp should I pick to become an ML en…      1",
            string.Empty,
            "Most \"Not helpful\" answers                        Not helpful  Helpful",
            "Senior ML Engineer salary                                   2        1",
            "What comes after Lead ML Engineer                           1        0",
        ],
        digest.Lines.Select(line => UserText.Plain(line)));
        // The users' words are marked, so each platform renders them inert; the rest is the digest's own.
        Assert.Equal(UserText.Mark("@everyone what is the pay at <!channel> acme?".PadRight(DigestComposer.TextWidth)) + "      1", digest.Lines[5]);
        Assert.DoesNotContain(digest.Lines, line => line.Contains("http", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEmptyWeek_SaysNone()
    {
        var digest = DigestComposer.Compose(
            new ReportData(Due.AddDays(-7), 0, 0, [], new Dictionary<string, int>(), [], [], new VoteTotals(0, 0), []), Due, TimeZoneInfo.Utc);

        Assert.Equal(
            ["Questions   0", "Answered    0", string.Empty, "Top unanswered questions                          Asked", "(none)", string.Empty,
             "Most \"Not helpful\" answers                        Not helpful  Helpful", "(none)"],
            digest.Lines);
    }

    private static async Task<string> AskAsync(IFeedbackStore store, string text, bool answered, int daysAgo, string title = "I don't know that one")
    {
        var id = AnswerIds.New();
        await store.RecordQuestionAsync(
            new QuestionRecord(id, Due.AddDays(-daysAgo).AddHours(-1), "slack", "user-hash", text, "ask", answered, answered ? "Guide › Section" : null, title, TimeSpan.FromMilliseconds(3)),
            CancellationToken.None);
        return id;
    }

    private static Task VoteAsync(IFeedbackStore store, string answerId, string user, bool helpful) =>
        store.RecordVoteAsync(new VoteRecord(answerId, user, helpful, Due.AddHours(-1)), CancellationToken.None);
}
