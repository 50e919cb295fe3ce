namespace CareerBot.Hosting;

internal static class KnowledgeWarmupServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeWarmup(this IServiceCollection services) =>
        services.AddHostedService<KnowledgeWarmupService>();
}
