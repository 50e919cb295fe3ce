using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>True when any Discord setting is present, so <c>careerbot</c> with no arguments serves.</summary>
    public static bool IsDiscordConfigured(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Discord");
        return !string.IsNullOrWhiteSpace(section["BotToken"])
            || !string.IsNullOrWhiteSpace(section["PublicKey"]);
    }

    /// <summary>Registers the Discord adapter when it is configured; does nothing otherwise.</summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // TODO(discord issue): options, REST client, gateway, interactions.
        return services;
    }
}
