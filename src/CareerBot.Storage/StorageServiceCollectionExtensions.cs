using CareerBot.Storage.Hosting;
using CareerBot.Storage.Sqlite;
using CareerBot.Storage.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded SQLite store behind <see cref="IFeedbackStore"/> and <see cref="IFeedbackReport"/>, the
    /// <c>Store</c> settings (validated at start) and the <see cref="UserHasher"/>. Nothing is opened until
    /// <see cref="IFeedbackStore.InitializeAsync"/> runs.
    /// </summary>
    public static IServiceCollection AddCareerBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptionsWithValidateOnStart<StoreOptions>().Bind(configuration.GetSection(StoreOptions.SectionName)).ValidateDataAnnotations();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteFeedbackStore>();
        services.TryAddSingleton<IFeedbackStore>(sp => sp.GetRequiredService<SqliteFeedbackStore>());
        services.TryAddSingleton<IFeedbackReport>(sp => sp.GetRequiredService<SqliteFeedbackStore>());
        services.TryAddSingleton(sp => new UserHasher(UserKeys.Load(sp.GetRequiredService<IOptions<StoreOptions>>().Value)));
        return services;
    }

    /// <summary>
    /// The store's part of a host's life: opened at start (a problem stops start-up), drained at a graceful stop, old
    /// rows deleted in the background. Call before adding the chat adapters, so the store stops after them.
    /// </summary>
    public static IServiceCollection AddCareerBotStorageHosting(this IServiceCollection services)
    {
        services.AddHostedService<StoreLifetimeService>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
