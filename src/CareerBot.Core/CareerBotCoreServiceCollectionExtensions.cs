using CareerBot.Core.Knowledge;
using CareerBot.Core.Onboarding;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Core;

public static class CareerBotCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the answer engine: knowledge, index, lookups and the router behind <see cref="IChatResponder"/>.
    /// The knowledge is loaded once, when <see cref="KnowledgeHost"/> is first resolved.
    /// </summary>
    public static IServiceCollection AddCareerBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<KnowledgeHost>();
        services.AddSingleton<IKnowledgeReadiness>(sp => sp.GetRequiredService<KnowledgeHost>());
        services.AddSingleton<ChatRouter>();
        services.AddSingleton<IChatResponder>(sp => sp.GetRequiredService<ChatRouter>());
        services.AddSingleton<ITopicSuggester>(sp => sp.GetRequiredService<ChatRouter>());
        services.AddSingleton<ICareerCatalog, SkeletonCatalog>();
        services.AddSingleton<IWelcomeMessages, WelcomeMessages>();
        return services;
    }
}
