using CareerBot.Core;
using CareerBot.Core.Knowledge;
using CareerBot.Logging;

namespace CareerBot.Hosting;

/// <summary>The engine alone, for the terminal commands (chat, ask, eval): no web host, logs to stderr.</summary>
internal static class CoreServices
{
    public static ServiceProvider Build(string? knowledgePath, Action<IServiceCollection, IConfiguration>? extra = null)
    {
        var configuration = CareerBotConfiguration.Build(knowledgePath);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning)
            .AddCareerBotConsole(toStandardError: true)
            .AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning));
        services.AddQuietResilienceTelemetry();
        services.AddCareerBotCore(configuration);
        extra?.Invoke(services, configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<ICareerKnowledge>().EnsureLoaded();
        return provider;
    }
}
