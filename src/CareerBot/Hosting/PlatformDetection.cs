using CareerBot.Discord;
using CareerBot.Slack;
using Microsoft.Extensions.Configuration;

namespace CareerBot.Hosting;

internal static class PlatformDetection
{
    /// <summary>True when any chat platform has settings: then <c>careerbot</c> alone serves instead of chatting.</summary>
    public static bool AnyPlatformConfigured(IConfiguration configuration) =>
        configuration.IsSlackConfigured() || configuration.IsDiscordConfigured();
}
