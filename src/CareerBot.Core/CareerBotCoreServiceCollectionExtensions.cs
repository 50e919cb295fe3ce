using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Lookups;
using CareerBot.Core.Onboarding;
using CareerBot.Core.Routing;
using CareerBot.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.Core;

public static class CareerBotCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the answer engine: knowledge, index, lookups and the router behind <see cref="IChatResponder"/>.
    /// The knowledge is loaded once, when <see cref="KnowledgeHost"/> is first used (the host warms it up at start-up).
    /// </summary>
    public static IServiceCollection AddCareerBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptionsWithValidateOnStart<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>());
        services.AddOptionsWithValidateOnStart<SearchOptions>().Bind(configuration.GetSection(SearchOptions.SectionName)).ValidateDataAnnotations();
        services.AddOptionsWithValidateOnStart<QuestionOptions>().Bind(configuration.GetSection(QuestionOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QuestionOptions>, QuestionOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton<KnowledgeHost>();
        services.TryAddSingleton<IKnowledgeReadiness>(sp => sp.GetRequiredService<KnowledgeHost>());

        services.AddSingleton<ICommandHandler, AskHandler>();
        services.AddSingleton<ICommandHandler, SalaryHandler>();
        services.AddSingleton<ICommandHandler, SalaryCompareHandler>();
        services.AddSingleton<ICommandHandler, SkillsHandler>();
        services.AddSingleton<ICommandHandler, SkillsCheckHandler>();
        services.AddSingleton<ICommandHandler, PathHandler>();
        services.AddSingleton<ICommandHandler, CompareHandler>();
        services.AddSingleton<ICommandHandler, HelpHandler>();

        services.AddConversations(configuration);
        services.TryAddSingleton<ChatRouter>();
        services.TryAddSingleton<IChatResponder>(sp => sp.GetRequiredService<ChatRouter>());
        services.TryAddSingleton<ITopicSuggester, TopicSuggester>();
        services.TryAddSingleton<ICareerCatalog, CareerCatalog>();
        services.TryAddSingleton<IWelcomeMessages, WelcomeMessages>();
        return services;
    }
}
