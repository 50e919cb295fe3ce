using CareerBot.Adapters;
using CareerBot.Adapters.Memory;
using CareerBot.Core.Conversations;
using CareerBot.Core.RateLimiting;
using CareerBot.Storage.Postgres.Configuration;
using CareerBot.Storage.Postgres.Conversations;
using CareerBot.Storage.Postgres.Health;
using CareerBot.Storage.Postgres.Memory;
using CareerBot.Storage.Postgres.RateLimiting;
using CareerBot.Storage.Postgres.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Postgres;

public static class PostgresStoreServiceCollectionExtensions
{
    /// <summary>
    /// With <c>Store__Provider=postgres</c>: the shared state of several replicas on PostgreSQL (delivery dedupe and
    /// follow-up values, conversation context, per-user rate limits, Discord's Identify turns), the schema migrated before anything else starts.
    /// Call it after the core and the adapters are added: the in-process stores it replaces stay on as the fallback
    /// while the database is out. Without that setting it only validates the <c>Store</c> settings.
    /// </summary>
    public static IServiceCollection AddPostgresStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(PostgresStoreOptions.SectionName);
        services.AddOptionsWithValidateOnStart<PostgresStoreOptions>().Bind(section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresStoreOptions>, PostgresStoreOptionsDataValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresStoreOptions>, PostgresStoreOptionsValidator>());
        if (!IsSelected(configuration))
        {
            return services;
        }

        services.AddChatAdapterCore();
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton<StoreAvailability>();
        services.TryAddSingleton<SchemaMigrator>();

        // First of all hosted services: Socket Mode and the gateway claim deliveries as soon as they start.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, SchemaMigrationService>());

        services.TryAddSingleton<PostgresExpiringStore>();
        services.RemoveAll<IExpiringKeySet>();
        services.RemoveAll<IExpiringValueStore>();
        services.AddSingleton<IExpiringKeySet>(sp => sp.GetRequiredService<PostgresExpiringStore>());
        services.AddSingleton<IExpiringValueStore>(sp => sp.GetRequiredService<PostgresExpiringStore>());

        services.TryAddSingleton(sp => new MemoryTurnPacer(sp.GetRequiredService<TimeProvider>()));
        services.RemoveAll<ITurnPacer>();
        services.AddSingleton<ITurnPacer>(sp => ActivatorUtilities.CreateInstance<PostgresTurnPacer>(sp));

        var conversations = Previous<IConversationStore>(services, "AddConversations");
        services.RemoveAll<IConversationStore>();
        services.AddSingleton<IConversationStore>(sp => ActivatorUtilities.CreateInstance<PostgresConversationStore>(sp, (IConversationStore)Create(sp, conversations)));

        var rateLimits = Previous<IRateLimitStore>(services, "AddCareerBotCore");
        services.RemoveAll<IRateLimitStore>();
        services.AddSingleton<IRateLimitStore>(sp => ActivatorUtilities.CreateInstance<PostgresRateLimitStore>(sp, (IRateLimitStore)Create(sp, rateLimits)));
        return services;
    }

    /// <summary>The store on <c>/readyz</c> (degraded, still serving, while this replica works from local memory).</summary>
    public static IHealthChecksBuilder AddPostgresStoreCheck(this IHealthChecksBuilder builder, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, HealthStatus.Degraded, tags);
    }

    /// <summary>Whether <c>Store__Provider</c> selects PostgreSQL.</summary>
    public static bool IsSelected(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new PostgresStoreOptions { Provider = configuration[$"{PostgresStoreOptions.SectionName}:{nameof(PostgresStoreOptions.Provider)}"] }.IsSelected;
    }

    private static ServiceDescriptor Previous<T>(IServiceCollection services, string addedBy) =>
        services.LastOrDefault(d => d.ServiceType == typeof(T))
        ?? throw new InvalidOperationException($"AddPostgresStore replaces the in-process {typeof(T).Name}: call {addedBy} first.");

    private static object Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
