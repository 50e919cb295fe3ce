using CareerBot.Core.Conversations;
using CareerBot.Core.Diagnostics;
using CareerBot.Core.Health;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Lookups;
using CareerBot.Core.Onboarding;
using CareerBot.Core.RateLimiting;
using CareerBot.Core.Routing;
using CareerBot.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Core;

public static class CareerBotCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the answer engine: knowledge, index, lookups and the router behind <see cref="IChatResponder"/>.
    /// The knowledge is loaded once, when it is first used (the host warms it up at start-up through <see cref="ICareerKnowledge"/>).
    /// </summary>
    public static IServiceCollection AddCareerBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptionsWithValidateOnStart<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>());
        services.AddOptionsWithValidateOnStart<SearchOptions>().Bind(configuration.GetSection(SearchOptions.SectionName)).ValidateDataAnnotations();
        services.AddOptionsWithValidateOnStart<QuestionOptions>().Bind(configuration.GetSection(QuestionOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QuestionOptions>, QuestionOptionsValidator>());
        services.AddOptionsWithValidateOnStart<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddMetrics();
        services.TryAddSingleton<CoreMetrics>();
        services.TryAddSingleton<UserRateLimiter>();
        // In this process unless a shared store (PostgreSQL, for several replicas) replaced it.
        services.TryAddSingleton<IRateLimitStore>(sp => sp.GetRequiredService<UserRateLimiter>());
        services.TryAddSingleton<ConnectionStates>();
        services.TryAddSingleton<KnowledgeHost>();
        services.TryAddSingleton<IKnowledgeReadiness>(sp => sp.GetRequiredService<KnowledgeHost>());
        services.TryAddSingleton<KnowledgeReloader>();
        services.TryAddSingleton<ICareerKnowledge, CareerKnowledge>();

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
        // Outside in: one metric and log line per question, then the per-user limit, then the router.
        services.TryAddSingleton<IChatResponder>(sp => new ObservedResponder(
            new RateLimitedResponder(
                sp.GetRequiredService<ChatRouter>(),
                sp.GetRequiredService<IRateLimitStore>(),
                sp.GetRequiredService<IOptions<RateLimitOptions>>(),
                sp.GetRequiredService<CoreMetrics>(),
                sp.GetRequiredService<ILogger<RateLimitedResponder>>()),
            sp.GetRequiredService<CoreMetrics>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ObservedResponder>>()));
        services.TryAddSingleton<ITopicSuggester, TopicSuggester>();
        services.TryAddSingleton<ICareerCatalog, CareerCatalog>();
        services.TryAddSingleton<IWelcomeMessages, WelcomeMessages>();
        return services;
    }
}
