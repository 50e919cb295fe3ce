using CareerBot.Core;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Core.Tests.TestSupport;

/// <summary>The engine over the knowledge shipped beside the test binaries, built once for all tests.</summary>
internal static class ShippedKnowledge
{
    private static readonly Lazy<ServiceProvider> Services = new(() => Build(Folder));

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "knowledge");

    public static KnowledgeSnapshot Snapshot => Services.Value.GetRequiredService<KnowledgeHost>().Current;

    public static IChatResponder Responder => Services.Value.GetRequiredService<IChatResponder>();

    public static T Get<T>()
        where T : notnull => Services.Value.GetRequiredService<T>();

    public static async Task<Reply> AskAsync(string text) => await Responder.RespondAsync(new ChatRequest(text, "test"), CancellationToken.None);

    public static async Task<string> AskTextAsync(string text) => PlainTextRenderer.Render(await AskAsync(text));

    public static ServiceProvider Build(string folder, IServiceCollection? services = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        // Semantic search is on by default; the model is loaded once per test run (MiniLmEmbedder.Shared).
        // The shared engine serves many tests' questions from the same test user within a minute: the per-user limit
        // is lifted here and tested on its own (RateLimiting/RateLimitedResponderTests).
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("Knowledge:Path", folder),
            new("RateLimit:PerUserPerMinute", "100000"),
            .. settings ?? [],
        ]).Build();
        var collection = new ServiceCollection();
        collection.AddCareerBotCore(configuration);
        foreach (var extra in services ?? new ServiceCollection())
        {
            // A test's handler replaces the shipped one of the same name (last registration wins in the router).
            ((ICollection<ServiceDescriptor>)collection).Add(extra);
        }

        return collection.BuildServiceProvider();
    }
}
