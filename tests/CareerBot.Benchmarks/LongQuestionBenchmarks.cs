using System.Text;
using BenchmarkDotNet.Attributes;
using CareerBot.Core;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Benchmarks;

/// <summary>
/// The worst question the core takes: as long as <see cref="QuestionOptions"/> allows (1,000 characters or 150 words),
/// made of random words the bot has never seen, so every word goes through typo correction and search. The target is
/// under 50 ms, so Slack's slash-command budget is a safety net rather than the normal path.
/// </summary>
[MemoryDiagnoser]
public class LongQuestionBenchmarks
{
    private ServiceProvider _services = null!;
    private IChatResponder _responder = null!;
    private string _question = string.Empty;

    /// <summary>Random letters (typo-like, never a known word), or random words of the guide's own vocabulary mixed with them.</summary>
    [Params("random", "mixed")]
    public string Kind { get; set; } = "random";

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Knowledge:Path", Path.Combine(AppContext.BaseDirectory, "knowledge"))])
            .Build();
        _services = new ServiceCollection().AddCareerBotCore(configuration).BuildServiceProvider();
        _responder = _services.GetRequiredService<IChatResponder>();
        _question = LongestQuestion(new QuestionOptions(), Kind == "mixed", seed: 7);
        var reply = _responder.RespondAsync(new ChatRequest(_question, "bench"), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        if (reply.Title == "Please ask in fewer words")
        {
            throw new InvalidOperationException("The benchmark question is over the length limit: it would measure the refusal, not an answer.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public async Task<Reply> Answer() => await _responder.RespondAsync(new ChatRequest(_question, "bench"), CancellationToken.None);

    /// <summary>Words of 3-9 random letters (some from the guide when <paramref name="mixed"/>) up to both limits.</summary>
    internal static string LongestQuestion(QuestionOptions limits, bool mixed, int seed)
    {
        string[] guideWords = ["senior", "salary", "machine", "learning", "engineer", "python", "career", "skills", "mathematics", "deployment"];
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var words = 0; words < limits.MaxWords; words++)
        {
            var word = mixed && random.Next(3) == 0
                ? guideWords[random.Next(guideWords.Length)]
                : new string(Enumerable.Range(0, random.Next(3, 10)).Select(_ => (char)('a' + random.Next(26))).ToArray());
            if (text.Length + word.Length + 1 > limits.MaxCharacters)
            {
                break;
            }

            text.Append(text.Length == 0 ? string.Empty : " ").Append(word);
        }

        return text.ToString();
    }
}
