using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.Adapters.Digest;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// The weekly digest: the <c>Report</c> settings (checked at start-up against the platforms' <see cref="IDigestPoster"/>s,
    /// which <c>AddSlack</c> / <c>AddDiscord</c> register) and the background service that posts it. Needs the store's
    /// report (<c>AddFeedbackRecording</c>). With no <c>Report:DigestChannel</c> set nothing is scheduled.
    /// </summary>
    public static IServiceCollection AddWeeklyDigest(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DigestOptions.SectionName);
        services.AddOptionsWithValidateOnStart<DigestOptions>().Bind(section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>(
            provider => new DigestOptionsValidator(provider.GetServices<IDigestPoster>(), section["DigestChannel"])));
        services.AddChatAdapterCore();
        services.AddHostedService<WeeklyDigestService>();
        return services;
    }
}
