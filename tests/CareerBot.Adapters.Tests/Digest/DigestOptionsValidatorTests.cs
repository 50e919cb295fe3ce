using CareerBot.Adapters.Digest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Adapters.Tests.Digest;

public sealed class DigestOptionsValidatorTests
{
    [Fact]
    public void TheDefaults_AndNoChannel_AreValid()
    {
        Assert.Equal("0 9 * * 1", Options([]).DigestCron);
        Assert.Equal("UTC", Options([]).TimeZone);
        Assert.Empty(Options([]).DigestChannel);
    }

    [Fact]
    public void ChannelsPerPlatform_AreRead_InAnyCase()
    {
        var options = Options(new() { ["Report:DigestChannel:slack"] = "C0ADMINS", ["Report:TimeZone"] = "Europe/Berlin" }, new RecordingPoster("Slack"));

        Assert.Equal("C0ADMINS", options.DigestChannel["Slack"]);
        Assert.Equal("Europe/Berlin", options.TimeZone);
    }

    [Theory]
    [InlineData("Report:DigestCron", "every monday", "Report:DigestCron (environment Report__DigestCron) 'every monday' is not a cron expression")]
    [InlineData("Report:DigestCron", "0 9 * * 8", "Report:DigestCron (environment Report__DigestCron) '0 9 * * 8'")]
    [InlineData("Report:DigestCron", "", "Report:DigestCron (environment Report__DigestCron) ''")]
    [InlineData("Report:TimeZone", "Mars/Olympus_Mons", "Report:TimeZone (environment Report__TimeZone) 'Mars/Olympus_Mons' is not a time zone this machine knows")]
    [InlineData("Report:DigestChannel", "C0ADMINS", "Report:DigestChannel (environment Report__DigestChannel) is set per platform: use Report__DigestChannel__Slack")]
    [InlineData("Report:DigestChannel:Discord", "123456789012345678", "Report:DigestChannel:Discord (environment Report__DigestChannel__Discord) is set, but Discord is not configured here")]
    [InlineData("Report:DigestChannel:Slack", "#admins", "Report:DigestChannel:Slack (environment Report__DigestChannel__Slack): must be a channel id")]
    public void ABadSetting_StopsStartUp_NamingIt(string key, string value, string expected)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Options(new() { [key] = value }, new RecordingPoster("Slack")));

        Assert.Contains(failure.Failures, message => message.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ABlankChannel_IsNoChannel()
    {
        Assert.Empty(new WeeklyDigestServiceHarness(new() { ["Report:DigestChannel:Slack"] = " " }).Service.Targets());
    }

    private static DigestOptions Options(Dictionary<string, string?> settings, params IDigestPoster[] posters)
    {
        var services = new ServiceCollection().AddLogging();
        foreach (var poster in posters)
        {
            services.AddSingleton(poster);
        }

        services.AddWeeklyDigest(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DigestOptions>>().Value;
    }
}
