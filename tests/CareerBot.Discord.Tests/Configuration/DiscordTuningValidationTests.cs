using CareerBot.Discord.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Tests.Configuration;

public sealed class DiscordTuningValidationTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        var tuning = Resolve([]);

        Assert.Equal(TimeSpan.FromSeconds(60), tuning.ReconnectMaxDelay);
        Assert.Equal(16, tuning.MaxConcurrentHandlers);
    }

    [Fact]
    public void Settings_AreBoundFromTheTuningSection()
    {
        var tuning = Resolve(new() { ["Discord:Tuning:ReconnectMaxDelay"] = "00:00:05", ["Discord:Tuning:MaxConcurrentHandlers"] = "4" });

        Assert.Equal(TimeSpan.FromSeconds(5), tuning.ReconnectMaxDelay);
        Assert.Equal(4, tuning.MaxConcurrentHandlers);
    }

    [Theory]
    [InlineData("Discord:Tuning:InteractionAckBudget", "00:00:04", "InteractionAckBudget")]
    [InlineData("Discord:Tuning:MaxConcurrentHandlers", "0", "MaxConcurrentHandlers")]
    [InlineData("Discord:Tuning:RestMaxRetries", "50", "RestMaxRetries")]
    public void OutOfRange_FailsNamingTheSetting(string key, string value, string setting)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CapShorterThanTheFirstDelay_FailsNamingBothVariables()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Discord:Tuning:ReconnectBaseDelay"] = "00:00:10",
            ["Discord:Tuning:ReconnectMaxDelay"] = "00:00:05",
        }));

        Assert.Contains("Discord__Tuning__ReconnectMaxDelay", error.Message, StringComparison.Ordinal);
        Assert.Contains("Discord__Tuning__ReconnectBaseDelay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidSessionMaxBelowMin_Fails() =>
        Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Discord:Tuning:InvalidSessionMinDelay"] = "00:00:05",
            ["Discord:Tuning:InvalidSessionMaxDelay"] = "00:00:01",
        }));

    private static DiscordTuning Resolve(Dictionary<string, string?> tuning)
    {
        var settings = new Dictionary<string, string?>(tuning) { ["Discord:BotToken"] = "abc.def" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddDiscord(configuration).BuildServiceProvider();
        return services.GetRequiredService<DiscordTuning>();
    }
}
