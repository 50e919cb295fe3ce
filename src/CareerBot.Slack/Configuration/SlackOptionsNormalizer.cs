using Microsoft.Extensions.Configuration;

namespace CareerBot.Slack.Configuration;

/// <summary>Settings made convenient for environment variables before they are validated.</summary>
internal static class SlackOptionsNormalizer
{
    private static readonly char[] Separators = [',', ';', ' ', '\n', '\t'];

    public static void Normalize(SlackOptions options, IConfiguration section)
    {
        options.BotToken = options.BotToken?.Trim();
        options.AppToken = options.AppToken?.Trim();
        options.SigningSecret = options.SigningSecret?.Trim();

        // Slack__OnboardingChannels=C01,C02 as well as Slack__OnboardingChannels__0=C01.
        var list = section["OnboardingChannels"];
        var channels = options.OnboardingChannels.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(list))
        {
            channels = channels.Concat(list.Split(Separators, StringSplitOptions.RemoveEmptyEntries));
        }

        options.OnboardingChannels = [.. channels.Select(channel => channel.Trim()).Where(channel => channel.Length > 0).Distinct(StringComparer.Ordinal)];

        if (options.ApiBaseUrl is { IsAbsoluteUri: true } url && !url.AbsolutePath.EndsWith('/'))
        {
            options.ApiBaseUrl = new Uri(url.AbsoluteUri + "/");
        }
    }
}
