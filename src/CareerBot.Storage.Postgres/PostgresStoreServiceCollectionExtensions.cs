using CareerBot.Adapters;
using CareerBot.Adapters.Memory;
using CareerBot.Core.Conversations;
using CareerBot.Core.RateLimiting;
using CareerBot.Storage.Postgres.Configuration;
using CareerBot.Storage.Postgres.Conversations;
using CareerBot.Storage.Postgres.Feedback;
using CareerBot.Storage.Postgres.Health;
using CareerBot.Storage.Postgres.Memory;
using CareerBot.Storage.Postgres.RateLimiting;
using CareerBot.Storage.Postgres.Schema;
using CareerBot.Storage.Users;
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
        AddPostgresFeedback(services, configuration);
        if (!IsSelected(configuration))
        {
            return services;
        }

        services.AddChatAdapterCore();

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

    /// <summary>
    /// With <c>Store__Provider=postgres</c>: questions and votes are recorded in (and <c>careerbot report</c> reads them
    /// from) PostgreSQL instead of the embedded SQLite file, so every replica's votes are in one report. Call after
    /// <c>AddCareerBotStorage</c> (or <c>AddFeedbackRecording</c>): it replaces their <see cref="IFeedbackStore"/>,
    /// <see cref="IFeedbackReport"/> and <see cref="UserHasher"/>. The user-hash key must then be given
    /// (<c>Store__UserKey</c>): every replica must hash a user the same way, and the key is never kept in the database.
    /// Without that setting it only validates the <c>Store</c> settings.
    /// </summary>
    public static IServiceCollection AddPostgresFeedback(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptionsWithValidateOnStart<PostgresStoreOptions>().Bind(configuration.GetSection(PostgresStoreOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresStoreOptions>, PostgresStoreOptionsDataValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresStoreOptions>, PostgresStoreOptionsValidator>());
        if (!IsSelected(configuration))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton<StoreAvailability>();
        services.TryAddSingleton<SchemaMigrator>();
        services.TryAddSingleton<PostgresFeedbackStore>();
        services.RemoveAll<IFeedbackStore>();
        services.RemoveAll<IFeedbackReport>();
        services.RemoveAll<UserHasher>();
        services.AddSingleton<IFeedbackStore>(sp => sp.GetRequiredService<PostgresFeedbackStore>());
        services.AddSingleton<IFeedbackReport>(sp => sp.GetRequiredService<PostgresFeedbackStore>());
        services.AddSingleton(sp => new UserHasher(SharedUserKey(sp.GetRequiredService<IOptions<StoreOptions>>().Value)));
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

    /// <summary>
    /// The key from <c>Store__UserKey</c>: with several replicas a key generated into a file beside one of them would
    /// give each replica its own key (one person counted as several voters), and the key stays out of the database.
    /// </summary>
    private static byte[] SharedUserKey(StoreOptions options) => string.IsNullOrEmpty(options.UserKey)
        ? throw new StoreException(
            "Store:Provider (Store__Provider) is 'postgres' but Store:UserKey (Store__UserKey) is not set: every replica must hash user ids with the same key, " +
            "which is never kept in the database. Give every replica the same secret of at least 32 characters, e.g. from: openssl rand -base64 32")
        : UserKeys.Load(options);

    private static ServiceDescriptor Previous<T>(IServiceCollection services, string addedBy) =>
        services.LastOrDefault(d => d.ServiceType == typeof(T))
        ?? throw new InvalidOperationException($"AddPostgresStore replaces the in-process {typeof(T).Name}: call {addedBy} first.");

    private static object Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
