using CareerBot.Slack.Tests.Peers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Slack.Tests;

/// <summary>The adapter's services (AddSlack, HTTP mode) against a <see cref="FakeSlack"/>, on the given clock, without a host.</summary>
public static class SlackServices
{
    public static ServiceProvider Build(FakeSlack slack, TimeProvider clock, Dictionary<string, string?>? settings = null, Uri? apiBaseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(slack);
        var config = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = BotUnderTest.BotToken,
            ["Slack:SigningSecret"] = BotUnderTest.SigningSecret,
            ["Slack:ApiBaseUrl"] = (apiBaseUrl ?? slack.ApiBaseUrl).ToString(),
            ["Slack:ChannelMessageInterval"] = "00:00:00",
        };
        foreach (var setting in settings ?? [])
        {
            config[setting.Key] = setting.Value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(config).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(clock);
        services.AddSlack(configuration);
        return services.BuildServiceProvider();
    }
}
