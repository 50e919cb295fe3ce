using CareerBot.Core.Knowledge;
using Microsoft.Extensions.Options;

namespace CareerBot.Hosting;

/// <summary>Runs the <see cref="KnowledgeReloader"/> while the bot serves (unless <c>Knowledge__Watch=false</c>).</summary>
internal sealed class KnowledgeReloadService(KnowledgeReloader reloader, IOptions<KnowledgeOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Watch ? reloader.RunAsync(stoppingToken) : Task.CompletedTask;
}
