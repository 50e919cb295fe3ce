using BenchmarkDotNet.Attributes;
using CareerBot.Core;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Benchmarks;

/// <summary>
/// One question end to end through the router (parse, route, search or lookup, build the reply), on the
/// shipped knowledge with the index already built: what a chat platform waits for.
/// </summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private ServiceProvider _services = null!;
    private IChatResponder _responder = null!;

    [Params(
        "How much does a senior ML engineer earn?",
        "How can I build practical experience?",
        "what comes after lead",
        "Give me a recipe for banana bread")]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Knowledge:Path", Path.Combine(AppContext.BaseDirectory, "knowledge"))])
            .Build();
        _services = new ServiceCollection().AddCareerBotCore(configuration).BuildServiceProvider();
        _responder = _services.GetRequiredService<IChatResponder>();
        _responder.RespondAsync(new ChatRequest("warm up", "bench"), CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public async Task<Reply> Answer() => await _responder.RespondAsync(new ChatRequest(Question, "bench"), CancellationToken.None);
}
