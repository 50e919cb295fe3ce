using System.Diagnostics;
using CareerBot.Core;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Benchmarks;

/// <summary>
/// <c>--quick</c>: a plain stopwatch loop over typical questions (mean microseconds per answer), for a fast
/// look while tuning; use the BenchmarkDotNet benchmarks for the figures you publish.
/// </summary>
internal static class QuickTiming
{
    public static async Task RunAsync(int iterations, string[] only)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Knowledge:Path", Path.Combine(AppContext.BaseDirectory, "knowledge"))])
            .Build();
        using var services = new ServiceCollection().AddCareerBotCore(configuration).BuildServiceProvider();
        var responder = services.GetRequiredService<IChatResponder>();
        string[] questions =
        [
            "How much does a senior ML engineer earn?", "How can I build practical experience?", "what comes after lead",
            "Give me a recipe for banana bread", "What math do I need to become an ML engineer?",
            "I'm a backend dev with 5 years of Java. Is Java useful for ML engineering or do I need Python?",
        ];
        foreach (var question in only.Length > 0 ? only : questions)
        {
            for (var i = 0; i < 200; i++)
            {
                await responder.RespondAsync(new ChatRequest(question, "bench"), CancellationToken.None);
            }

            var watch = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++)
            {
                await responder.RespondAsync(new ChatRequest(question, "bench"), CancellationToken.None);
            }

            Console.WriteLine($"{watch.Elapsed.TotalMicroseconds / iterations,9:F1} us  {question}");
        }
    }
}
