using CareerBot.Core.Knowledge;

namespace CareerBot.Hosting;

/// <summary>
/// Loads the knowledge and builds the index while the host starts, so a malformed file stops start-up
/// (with a message naming the file) instead of failing the first question.
/// </summary>
internal sealed class KnowledgeWarmupService(ICareerKnowledge knowledge) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        knowledge.EnsureLoaded();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
