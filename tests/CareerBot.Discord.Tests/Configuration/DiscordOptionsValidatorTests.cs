using CareerBot.Discord.Configuration;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Tests.Configuration;

public sealed class DiscordOptionsValidatorTests
{
    private const string Key = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    [Fact]
    public void Validate_GatewayOrEndpointSettings_Succeed()
    {
        Assert.True(Validate(new() { BotToken = "abc.def" }).Succeeded);
        Assert.True(Validate(new() { PublicKey = Key, ApplicationId = "123" }).Succeeded);
        Assert.True(Validate(new() { BotToken = "abc", ShardId = 1, ShardCount = 2, Welcomes = true, WelcomeChannelId = "42" }).Succeeded);
    }

    [Theory]
    [InlineData("abc", "Discord:PublicKey (Discord__PublicKey) must be the application's public key, 64 hex")]
    [InlineData("zz1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0", "64 hex characters")]
    public void Validate_PublicKeyNot64Hex_NamesTheSetting(string key, string expected) =>
        Assert.Contains(expected, Validate(new() { PublicKey = key, ApplicationId = "1" }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_PublicKeyWithoutApplicationId_AsksForIt() =>
        Assert.Contains("Discord:ApplicationId (Discord__ApplicationId) is required", Validate(new() { PublicKey = Key }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_ShardIdNotBelowShardCount_Fails() =>
        Assert.Contains("Discord:ShardId (2) must be less than Discord:ShardCount (2)", Validate(new() { BotToken = "t", ShardId = 2, ShardCount = 2 }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_ShardIdWithoutCount_Fails() =>
        Assert.Contains("needs Discord:ShardCount", Validate(new() { BotToken = "t", ShardId = 0 }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_TokenWithBotPrefix_FailsWithoutRepeatingTheToken()
    {
        var result = Validate(new() { BotToken = "Bot very-secret-value" });

        Assert.Contains("without the 'Bot ' prefix", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-value", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WelcomesWithoutTheGateway_Fails() =>
        Assert.Contains("Discord:Welcomes (Discord__Welcomes) needs the gateway", Validate(new() { PublicKey = Key, ApplicationId = "1", Welcomes = true }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_GatewayOnWithoutToken_Fails() =>
        Assert.Contains("Discord:Gateway (Discord__Gateway) is on but Discord:BotToken", Validate(new() { PublicKey = Key, ApplicationId = "1", Gateway = true }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_GatewayOffWithoutEndpoint_SaysNothingWouldReceiveEvents() =>
        Assert.Contains("nothing would receive Discord's events", Validate(new() { BotToken = "t", Gateway = false }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_NonNumericIds_Fail() =>
        Assert.Contains("Discord:WelcomeChannelId (Discord__WelcomeChannelId) must be a Discord id", Validate(new() { BotToken = "t", WelcomeChannelId = "#welcome" }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_NegativeShardId_IsCaughtByTheDataAnnotations()
    {
        var result = new DiscordOptionsDataValidator().Validate(null, new DiscordOptions { BotToken = "t", ShardId = -1, ShardCount = 1 });

        Assert.True(result.Failed);
        Assert.Contains("ShardId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_WithInvalidSettings_FailsWithTheMessage()
    {
        await using var api = await FakeDiscordApi.StartAsync();
        var settings = DiscordTestHost.Settings(api);
        settings["Discord:ShardId"] = "3";
        settings["Discord:ShardCount"] = "2";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => DiscordTestHost.StartAsync(settings));

        Assert.Contains("Discord:ShardId (3) must be less than Discord:ShardCount (2)", error.Message, StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(DiscordOptions options) => new DiscordOptionsValidator().Validate(null, options);
}
