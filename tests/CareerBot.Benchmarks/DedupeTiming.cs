using System.Diagnostics;
using CareerBot.Adapters.Memory;
using CareerBot.Core;
using CareerBot.Storage;
using CareerBot.Storage.Postgres;
using CareerBot.Storage.Postgres.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Benchmarks;

/// <summary>
/// <c>--dedupe [N]</c>: what the shared dedupe adds to a delivery. N claims of new keys (one delivery each: event id and
/// message), one after another, through the in-process set and through the PostgreSQL store (which claims in its
/// local set too), with p50/p99 of each; then N questions recorded in the PostgreSQL feedback store. Needs <c>CAREERBOT_TEST_POSTGRES</c>: run under <c>bash .ci/with-postgres</c>.
/// </summary>
internal static class DedupeTiming
{
    public static async Task RunAsync(int claims)
    {
        var connectionString = Environment.GetEnvironmentVariable("CAREERBOT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("CAREERBOT_TEST_POSTGRES is not set: run under bash .ci/with-postgres");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("Store:Provider", "postgres"), new("Store:ConnectionString", connectionString),
        ]).Build();
        await using var services = new ServiceCollection().AddCareerBotCore(configuration).AddPostgresStore(configuration).BuildServiceProvider();
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);

        Report("in-process set", Time(new MemoryExpiringStore(TimeProvider.System), claims));
        Report("PostgreSQL store", Time(services.GetRequiredService<IExpiringKeySet>(), claims));
        Report("PostgreSQL feedback store, one question recorded", await TimeRecordsAsync(services.GetRequiredService<IFeedbackStore>(), claims));
    }

    /// <summary>What recording a question adds before its answer is sent: one committed insert, one after another.</summary>
    private static async Task<double[]> TimeRecordsAsync(IFeedbackStore store, int records)
    {
        var micros = new double[records];
        for (var i = -200; i < records; i++)
        {
            var question = new QuestionRecord(AnswerIds.New(), TimeProvider.System.GetUtcNow(), "slack", "user-hash", "salary senior", "salary", true, "Guide › Salaries", "Senior ML Engineer salary", TimeSpan.FromMilliseconds(1));
            var start = Stopwatch.GetTimestamp();
            await store.RecordQuestionAsync(question, CancellationToken.None);
            if (i >= 0)
            {
                micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }

        Array.Sort(micros);
        return micros;
    }

    private static double[] Time(IExpiringKeySet keys, int claims)
    {
        var run = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 200; i++)
        {
            keys.TryClaim(new ExpiringKey($"warm:{run}:{i}", TimeSpan.FromMinutes(15)));
        }

        var micros = new double[claims];
        for (var i = 0; i < claims; i++)
        {
            var start = Stopwatch.GetTimestamp();
            keys.TryClaim(new ExpiringKey($"slack:event:{run}:{i}", TimeSpan.FromMinutes(15)), new ExpiringKey($"slack:message:C1:{run}.{i}", TimeSpan.FromMinutes(15)));
            micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(micros);
        return micros;
    }

    private static void Report(string name, double[] sorted) =>
        Console.WriteLine(System.FormattableString.Invariant(
            $"{name}: {sorted.Length} runs, p50 {sorted[sorted.Length / 2]:F0} us, p99 {sorted[(int)(sorted.Length * 0.99)]:F0} us, max {sorted[^1]:F0} us"));
}
