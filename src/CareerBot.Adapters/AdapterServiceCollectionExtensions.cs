using CareerBot.Adapters.Hosting;
using CareerBot.Adapters.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Adapters;

public static class AdapterServiceCollectionExtensions
{
    /// <summary>
    /// The shared adapter services, once however many adapters ask: the clock, the expiring store (one for every
    /// adapter, keys namespaced by their owner), the turn pacer and the fatal stop.
    /// </summary>
    public static IServiceCollection AddChatAdapterCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new MemoryExpiringStore(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IExpiringKeySet>(provider => provider.GetRequiredService<MemoryExpiringStore>());
        services.TryAddSingleton<IExpiringValueStore>(provider => provider.GetRequiredService<MemoryExpiringStore>());
        services.TryAddSingleton<ITurnPacer>(provider => new MemoryTurnPacer(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<FatalStop>();
        return services;
    }
}
