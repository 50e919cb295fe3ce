using CareerBot.Core;
using CareerBot.Slack.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Tests.Configuration;

public sealed class SlackOptionsValidationTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";

    private static SlackOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSlack(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<SlackOptions>>().Value;
    }

    private static string Failure(Dictionary<string, string?> settings) =>
        string.Join("\n", Assert.Throws<OptionsValidationException>(() => Resolve(settings)).Failures);

    [Fact]
    public void SigningSecretWithoutBotToken_NamesBotToken()
    {
        var failure = Failure(new() { ["Slack:SigningSecret"] = Secret });

        Assert.Contains("Slack:BotToken", failure, StringComparison.Ordinal);
        Assert.Contains("Slack__BotToken", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void BotTokenOfTheWrongKind_NamesTheSetting_WithoutRepeatingTheToken()
    {
        var failure = Failure(new() { ["Slack:BotToken"] = "xoxp-user-token-secret-value", ["Slack:SigningSecret"] = Secret });

        Assert.Contains("Slack:BotToken", failure, StringComparison.Ordinal);
        Assert.Contains("xoxb-", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void AppTokenOfTheWrongKind_NamesAppToken_WithoutRepeatingTheToken()
    {
        var failure = Failure(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xoxb-pasted-into-the-wrong-place" });

        Assert.Contains("Slack:AppToken", failure, StringComparison.Ordinal);
        Assert.Contains("xapp-", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-place", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void HttpEndpointsWithoutASigningSecret_NameTheSigningSecret_NeverTurnVerificationOff(string? secret)
    {
        var failure = Failure(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = secret });

        Assert.Contains("Slack:SigningSecret", failure, StringComparison.Ordinal);
        Assert.Contains("Slack__SigningSecret", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void ChannelNameInsteadOfId_IsRejectedWithHowToFindTheId()
    {
        var failure = Failure(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = Secret, ["Slack:OnboardingChannels"] = "C0123ABCD,#general" });

        Assert.Contains("'#general'", failure, StringComparison.Ordinal);
        Assert.Contains("Channel ID", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfRangeDurations_AreRejected()
    {
        var failure = Failure(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = Secret, ["Slack:SlashCommandBudget"] = "00:00:05" });

        Assert.Contains("SlashCommandBudget", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void SocketModeOnly_IsValid_AndOnboardingChannelsAcceptAList()
    {
        var options = Resolve(new()
        {
            ["Slack:BotToken"] = " xoxb-1 ",
            ["Slack:AppToken"] = "xapp-1",
            ["Slack:OnboardingChannels"] = "C0AAA, C0BBB;G0CCC",
            ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api",
        });

        Assert.True(options.SocketModeEnabled);
        Assert.False(options.HttpEndpointsEnabled);
        Assert.Equal("xoxb-1", options.BotToken);
        Assert.Equal(["C0AAA", "C0BBB", "G0CCC"], options.OnboardingChannels);
        Assert.Equal("http://127.0.0.1:9/api/", options.ApiBaseUrl.ToString());
    }

    [Fact]
    public void WithoutSlackSettings_NothingIsRegistered()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = "x" }).Build();

        var services = new ServiceCollection().AddSlack(configuration);

        Assert.Empty(services);
    }

    [Fact]
    public async Task HostStart_FailsWithTheSettingsMessage()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-1" });
        builder.Services.AddCareerBotCore(builder.Configuration);
        builder.Services.AddSlack(builder.Configuration);
        await using var app = builder.Build();
        app.MapSlackEndpoints();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Slack:SigningSecret", string.Join("\n", error.Failures), StringComparison.Ordinal);
    }
}
