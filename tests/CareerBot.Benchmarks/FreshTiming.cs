using System.Diagnostics;
using CareerBot.Core;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Benchmarks;

/// <summary>
/// <c>--fresh [iterations]</c>: <see cref="WholePathBenchmarks"/>' questions with a stopwatch, each answer's embeddings
/// made afresh as there (p50 and p99 of single answers, the model runs one answer takes, and how many answers did not
/// complete synchronously), for a quick look while tuning; publish the BenchmarkDotNet figures. <c>FRESH_PAUSE_MS</c>
/// idles between answers as a bot between questions does (a second core that has idled wakes slowly on a VM);
/// <c>FRESH_ONLY</c> times only the questions that contain it.
/// </summary>
internal static class FreshTiming
{
    private static readonly int Pause = int.TryParse(Environment.GetEnvironmentVariable("FRESH_PAUSE_MS"), out var ms) ? ms : 0;

    public static async Task RunAsync(int iterations)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Knowledge:Path", Path.Combine(AppContext.BaseDirectory, "knowledge"))])
            .Build();
        using var services = new ServiceCollection().AddCareerBotCore(configuration).BuildServiceProvider();
        var responder = services.GetRequiredService<IChatResponder>();
        await responder.RespondAsync(new ChatRequest("warm up", "bench"), CancellationToken.None);
        var vectors = services.GetRequiredService<KnowledgeHost>().Current.Vectors
            ?? throw new InvalidOperationException("Semantic search is off or the model failed to load.");
        var only = Environment.GetEnvironmentVariable("FRESH_ONLY");
        foreach (var question in WholePathBenchmarks.Questions.Where(q => only is null || q.Contains(only, StringComparison.Ordinal)))
        {
            for (var i = 0; i < 20; i++)
            {
                vectors.ForgetQuestions();
                await responder.RespondAsync(new ChatRequest(question, "bench"), CancellationToken.None);
            }

            var runs = vectors.ModelRuns;
            var times = new double[iterations];
            var asyncCount = 0;
            for (var i = 0; i < iterations; i++)
            {
                vectors.ForgetQuestions();
                if (Pause > 0)
                {
                    Thread.Sleep(Pause);
                }

                var watch = Stopwatch.StartNew();
                var pending = responder.RespondAsync(new ChatRequest(question, "bench"), CancellationToken.None);
                if (!pending.IsCompleted)
                {
                    asyncCount++;
                }

                await pending;
                times[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            var perAnswer = (double)(vectors.ModelRuns - runs) / iterations;
            Console.WriteLine($"p50 {times[iterations / 2],6:F2} ms  p99 {times[(int)(iterations * 0.99)],6:F2} ms  runs {perAnswer:F1} async {asyncCount}  {question}");
        }
    }
}

