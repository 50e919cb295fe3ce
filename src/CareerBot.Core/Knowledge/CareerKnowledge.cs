using CareerBot.Core.Routing;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.Knowledge;

/// <summary>The host's view of the knowledge (<see cref="ICareerKnowledge"/>) over the core's own pieces.</summary>
internal sealed class CareerKnowledge(KnowledgeHost host, ChatRouter router, KnowledgeReloader reloader, IOptions<KnowledgeOptions> options)
    : ICareerKnowledge
{
    public bool IsReady => host.IsReady;

    public bool IsSemanticReady => host.IsSemanticReady;

    public string Root => host.Current.Knowledge.Root;

    public void EnsureLoaded() => host.EnsureLoaded();

    public string Explain(string question) => router.Explain(question);

    public Task WatchAsync(CancellationToken stoppingToken) =>
        options.Value.Watch ? reloader.RunAsync(stoppingToken) : Task.CompletedTask;
}
