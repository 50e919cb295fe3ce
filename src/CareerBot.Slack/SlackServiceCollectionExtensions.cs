using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>True when any Slack setting is present, so <c>careerbot</c> with no arguments serves.</summary>
    public static bool IsSlackConfigured(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Slack");
        return !string.IsNullOrWhiteSpace(section["BotToken"])
            || !string.IsNullOrWhiteSpace(section["AppToken"])
            || !string.IsNullOrWhiteSpace(section["SigningSecret"]);
    }

    /// <summary>Registers the Slack adapter when it is configured; does nothing otherwise.</summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // TODO(slack issue): options, Web API client, Socket Mode, event queue.
        return services;
    }
}
