using CareerBot.Core.Routing;
using CareerBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CareerBot.Adapters.Feedback;

public static class FeedbackServiceCollectionExtensions
{
    /// <summary>
    /// Records every answer and the votes on it: the store (<c>Store</c> settings), <see cref="FeedbackVotes"/>, and
    /// the <see cref="IChatResponder"/> registered so far wrapped so that its answers are committed before they are
    /// returned, each with the id its feedback buttons carry. Call after the core (and after any replacement of
    /// <see cref="IChatResponder"/>); the host also adds <c>AddCareerBotStorageHosting</c> to open and drain the store.
    /// </summary>
    public static IServiceCollection AddFeedbackRecording(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddCareerBotStorage(configuration);
        services.TryAddSingleton<FeedbackVotes>();
        var inner = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(IChatResponder))
            ?? throw new InvalidOperationException("AddFeedbackRecording needs an IChatResponder: call AddCareerBotCore first.");
        services.Remove(inner);
        services.AddSingleton<IChatResponder>(provider => new RecordingResponder(
            Resolve(inner, provider),
            provider.GetRequiredService<IFeedbackStore>(),
            provider.GetRequiredService<Storage.Users.UserHasher>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<RecordingResponder>>()));
        return services;
    }

    private static IChatResponder Resolve(ServiceDescriptor descriptor, IServiceProvider provider) =>
        (IChatResponder)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
