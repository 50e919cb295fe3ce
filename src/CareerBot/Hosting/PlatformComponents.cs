namespace CareerBot.Hosting;

/// <summary>Which platform components the configuration enables (the same rules as the adapters' options).</summary>
internal sealed record PlatformComponents(bool DiscordGateway, bool DiscordInteractions, bool SlackSocketMode, bool SlackHttp)
{
    public static PlatformComponents From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var discordToken = Has(configuration, "Discord:BotToken");
        return new PlatformComponents(
            DiscordGateway: configuration.GetValue<bool?>("Discord:Gateway") ?? discordToken,
            DiscordInteractions: Has(configuration, "Discord:PublicKey"),
            SlackSocketMode: Has(configuration, "Slack:AppToken"),
            SlackHttp: Has(configuration, "Slack:SigningSecret"));
    }

    private static bool Has(IConfiguration configuration, string key) => !string.IsNullOrWhiteSpace(configuration[key]);
}
