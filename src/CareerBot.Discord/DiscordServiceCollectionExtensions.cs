using CareerBot.Adapters.Digest;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Conversations;
using CareerBot.Discord.Digest;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Hosting;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Onboarding;
using CareerBot.Discord.Rendering;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>True when any Discord setting is present, so <c>careerbot</c> with no arguments serves.</summary>
    public static bool IsDiscordConfigured(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        return !string.IsNullOrWhiteSpace(section["BotToken"])
            || !string.IsNullOrWhiteSpace(section["PublicKey"]);
    }

    /// <summary>
    /// Registers the Discord adapter when it is configured (does nothing otherwise): settings validated at
    /// start-up, the REST client, the gateway (when a bot token is set and <c>Discord:Gateway</c> is not off),
    /// the interaction handling behind <see cref="DiscordEndpoints.MapDiscordEndpoints"/>, conversations and welcomes.
    /// Needs the core's services (<c>AddCareerBotCore</c>).
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.IsDiscordConfigured())
        {
            return services;
        }

        services.AddDiscordSettings(configuration);
        services.AddDiscordRest();
        services.TryAddSingleton<DiscordAdapterMarker>();

        services.TryAddSingleton<CustomIdCodec>();
        // The weekly digest posts through the REST client (AddWeeklyDigest schedules it when a channel is set).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestPoster, DiscordDigestPoster>());
        services.TryAddSingleton<ReplyRenderer>();
        services.TryAddSingleton<InteractionHandler>();
        services.TryAddSingleton<InteractionSignatureVerifier>();
        services.TryAddSingleton<SignatureVerificationFilter>();
        services.TryAddSingleton<InteractionWork>();
        services.AddHostedService(provider => provider.GetRequiredService<InteractionWork>());

        services.TryAddSingleton<BotIdentity>();
        services.TryAddSingleton<DispatchQueue>();
        services.TryAddSingleton<GatewayFrames>();
        services.TryAddSingleton<IdentifyGate>();
        services.TryAddSingleton<GatewayInfoProvider>();
        services.TryAddSingleton<GatewayContext>();
        services.TryAddSingleton<GuildDirectory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDispatchHandler, GuildDirectoryHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDispatchHandler, GatewayInteractionHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDispatchHandler, MessageCreateHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDispatchHandler, GuildMemberAddHandler>());
        services.AddHostedService<DiscordStartupService>();
        services.AddHostedService<DispatchProcessor>();
        services.AddHostedService<GatewayService>();
        return services;
    }

    /// <summary>
    /// What <c>careerbot discord register-commands</c> needs: the settings, the REST client and
    /// <see cref="IDiscordCommandRegistrar"/>. Needs the core's services (<c>AddCareerBotCore</c>) for the catalog.
    /// </summary>
    public static IServiceCollection AddDiscordCommandRegistration(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddDiscordSettings(configuration);
        services.AddDiscordRest();
        services.TryAddSingleton<IDiscordCommandRegistrar, CommandRegistrar>();
        return services;
    }

    private static void AddDiscordSettings(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.SectionName);
        var autoShards = string.Equals(section[nameof(DiscordOptions.ShardCount)]?.Trim(), "auto", StringComparison.OrdinalIgnoreCase);
        services.AddOptionsWithValidateOnStart<DiscordOptions>()
            .Configure(options =>
            {
                // ShardCount=auto is the recommended count: bind everything else, leave the count to GET /gateway/bot.
                IConfiguration source = autoShards
                    ? new ConfigurationBuilder().AddConfiguration(section).AddInMemoryCollection([new(nameof(DiscordOptions.ShardCount), null)]).Build()
                    : section;
                source.Bind(options);
                options.ShardCountAuto = autoShards;
            });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsDataValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.AddOptions<DiscordTuning>().Bind(configuration.GetSection(DiscordTuning.SectionName));
    }

    /// <summary>
    /// The protocol timings, validated when the host starts (or when first used outside a host) and offered as the
    /// <see cref="DiscordTuning"/> singleton every Discord service takes.
    /// </summary>
    internal static IServiceCollection AddDiscordTuning(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<DiscordTuning>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordTuning>, DiscordTuningDataValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordTuning>, DiscordTuningValidator>());
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<DiscordTuning>>().Value);
        return services;
    }
}
