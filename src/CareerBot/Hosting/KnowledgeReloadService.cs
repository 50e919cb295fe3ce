using CareerBot.Core.Knowledge;

namespace CareerBot.Hosting;

/// <summary>Picks up knowledge edits while the bot serves (unless <c>Knowledge__Watch=false</c>).</summary>
internal sealed class KnowledgeReloadService(ICareerKnowledge knowledge) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => knowledge.WatchAsync(stoppingToken);
}
