using CareerBot.Adapters;
using CareerBot.Adapters.Digest;
using CareerBot.Slack.Answers;
using CareerBot.Slack.Commands;
using CareerBot.Slack.Configuration;
using CareerBot.Slack.Diagnostics;
using CareerBot.Slack.Digest;
using CareerBot.Slack.Events;
using CareerBot.Slack.Hosting;
using CareerBot.Slack.Interactions;
using CareerBot.Slack.Queue;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.SocketMode;
using CareerBot.Slack.Verification;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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

    /// <summary>
    /// Registers the Slack adapter when it is configured; does nothing otherwise. The settings are validated when the
    /// host starts (a missing or malformed token or secret stops start-up with a message naming the setting), then
    /// <c>auth.test</c> checks the bot token. Needs the core (<c>AddCareerBotCore</c>) for the answers.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.IsSlackConfigured())
        {
            return services;
        }

        var section = configuration.GetSection(SlackOptions.SectionName);
        services.AddOptionsWithValidateOnStart<SlackOptions>()
            .Bind(section)
            .PostConfigure(options => SlackOptionsNormalizer.Normalize(options, section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsDataValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.AddChatAdapterCore();
        services.AddMetrics();
        services.AddSingleton<SlackMetrics>();
        services.AddSingleton(new SlackRegistration(HttpEndpoints: !string.IsNullOrWhiteSpace(section["SigningSecret"])));

        services.AddSlackWebApi();

        services.AddSingleton<SlackIdentity>();
        services.AddSingleton<BlockKitRenderer>();
        services.AddSingleton<SlackAnswerer>();
        services.AddSingleton<SlackWorkQueue>();
        services.AddSingleton<WorkAbandonment>();
        services.AddSingleton<SlackInbox>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<ConversationHandler>();
        services.AddSingleton<NewcomerGreeter>();
        services.AddSingleton<FollowUpClickHandler>();
        services.AddSingleton<ShareClickHandler>();
        services.AddSingleton<VoteClickHandler>();
        // The weekly digest posts through the Web API client (AddWeeklyDigest schedules it when a channel is set).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestPoster, SlackDigestPoster>());
        services.AddSingleton<SlackSignatureFilter>();
        services.AddSingleton<SocketModeDispatcher>();
        services.AddSingleton<SocketSlashCommands>();
        services.AddSingleton<SocketModeConnection>();

        // Start order matters: who the bot is before anything is received; stop order is the reverse, so Socket Mode
        // stops receiving before the workers drain the queue.
        services.AddHostedService<SlackStartupService>();
        services.AddHostedService<SlackWorkProcessor>();
        if (!string.IsNullOrWhiteSpace(section["AppToken"]))
        {
            services.AddHostedService<SocketModeService>();
        }

        return services;
    }
}
