namespace CareerBot.Hosting;

internal static class KnowledgeWarmupServiceCollectionExtensions
{
    /// <summary>Loads the knowledge at start-up, then reloads it when the folder changes.</summary>
    public static IServiceCollection AddKnowledgeWarmup(this IServiceCollection services) =>
        services.AddHostedService<KnowledgeWarmupService>().AddHostedService<KnowledgeReloadService>();
}
