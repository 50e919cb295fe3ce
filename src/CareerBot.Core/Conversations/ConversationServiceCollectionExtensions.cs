using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.Conversations;

internal static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Conversation context: the settings (validated at start), the in-memory store (replace
    /// <see cref="IConversationStore"/> to share it between replicas) and the memory the router asks.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptionsWithValidateOnStart<ConversationOptions>().Bind(configuration.GetSection(ConversationOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConversationOptions>, ConversationOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConversationStore, InMemoryConversationStore>();
        services.TryAddSingleton<IConversationMemory, ConversationMemory>();
        return services;
    }
}
