using CareerBot.Core.Health;
using CareerBot.Storage.Postgres;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Hosting;

internal static class HealthServiceCollectionExtensions
{
    /// <summary>
    /// One health check per component: the knowledge (live and ready), the shutdown gate (ready), and each enabled
    /// platform: the Discord gateway and Slack Socket Mode by their connection state, the webhook endpoints by the server.
    /// </summary>
    public static IServiceCollection AddCareerBotHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<ShutdownOptions>().Bind(configuration.GetSection(ShutdownOptions.SectionName)).ValidateDataAnnotations();
        services.Configure<HostOptions>(host => host.ShutdownTimeout = configuration.GetValue(
            $"{ShutdownOptions.SectionName}:{nameof(ShutdownOptions.Timeout)}", new ShutdownOptions().Timeout));
        services.AddSingleton<ShutdownGate>();
        services.AddHostedService(sp => sp.GetRequiredService<ShutdownGate>());

        var checks = services.AddHealthChecks()
            .AddCheck<KnowledgeHealthCheck>(KnowledgeHealthCheck.Name, tags: [HealthTags.Live, HealthTags.Ready])
            .AddCheck<ShutdownHealthCheck>(ShutdownHealthCheck.Name, tags: [HealthTags.Ready]);

        var components = PlatformComponents.From(configuration);
        if (components.DiscordGateway)
        {
            checks.Add(Connection(ConnectionStates.DiscordGateway));
        }

        if (components.DiscordInteractions)
        {
            checks.AddCheck<EndpointHealthCheck>("discord.interactions", tags: [HealthTags.Ready]);
        }

        if (components.SlackSocketMode)
        {
            checks.Add(Connection(ConnectionStates.SlackSocketMode));
        }

        if (components.SlackHttp)
        {
            checks.AddCheck<EndpointHealthCheck>("slack.http", tags: [HealthTags.Ready]);
        }

        if (PostgresStoreServiceCollectionExtensions.IsSelected(configuration))
        {
            checks.AddPostgresStoreCheck([HealthTags.Ready]);
        }

        return services;
    }

    private static HealthCheckRegistration Connection(string group) => new(
        group,
        sp => new ConnectionHealthCheck(sp.GetRequiredService<ConnectionStates>(), group),
        HealthStatus.Unhealthy,
        [HealthTags.Ready]);
}
