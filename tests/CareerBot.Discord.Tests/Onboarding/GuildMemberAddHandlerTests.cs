using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Onboarding;

public sealed class GuildMemberAddHandlerTests
{
    private const string SystemChannel = "610000000000000061";
    private const string WelcomeChannel = "620000000000000062";
    private const string Newcomer = "450000000000000045";

    [Fact]
    public async Task Join_RepeatedByDiscord_IsWelcomedOnceInTheSystemChannel_PingingOnlyTheNewcomer()
    {
        await using var h = await GatewayHarness.StartAsync(s => s["Discord:Welcomes"] = "true");
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("GUILD_CREATE", 2, Events.GuildCreate(Events.GuildId, SystemChannel, SystemChannel));
        await peer.DispatchAsync("GUILD_MEMBER_ADD", 3, Events.MemberAdd(Events.GuildId, Newcomer));
        await peer.DispatchAsync("GUILD_MEMBER_ADD", 4, Events.MemberAdd(Events.GuildId, Newcomer));
        var welcome = await h.Api.WaitForAsync("POST", $"channels/{SystemChannel}/messages");
        await h.DirectMessageAsync(peer, 5, "sentinel");
        await Task.Delay(200);

        Assert.Single(h.Api.Matching("POST", $"channels/{SystemChannel}/messages"));
        Assert.Equal($"<@{Newcomer}>", welcome.Json.GetProperty("content").GetString());
        var allowed = welcome.Json.GetProperty("allowed_mentions");
        Assert.Equal(0, allowed.GetProperty("parse").GetArrayLength());
        Assert.Equal([Newcomer], allowed.GetProperty("users").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(1, welcome.Json.GetProperty("embeds").GetArrayLength());
    }

    [Fact]
    public async Task Join_WithConfiguredChannelOfThatGuild_IsWelcomedThere()
    {
        await using var h = await GatewayHarness.StartAsync(s =>
        {
            s["Discord:Welcomes"] = "true";
            s["Discord:WelcomeChannelId"] = WelcomeChannel;
        });
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("GUILD_CREATE", 2, Events.GuildCreate(Events.GuildId, SystemChannel, SystemChannel, WelcomeChannel));
        await peer.DispatchAsync("GUILD_MEMBER_ADD", 3, Events.MemberAdd(Events.GuildId, Newcomer));

        await h.Api.WaitForAsync("POST", $"channels/{WelcomeChannel}/messages");
    }

    [Fact]
    public async Task Join_InAnotherGuild_NeverUsesTheOtherGuildsWelcomeChannel()
    {
        const string otherGuild = "330000000000000033";
        const string otherSystem = "630000000000000063";
        await using var h = await GatewayHarness.StartAsync(s =>
        {
            s["Discord:Welcomes"] = "true";
            s["Discord:WelcomeChannelId"] = WelcomeChannel;
        });
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("GUILD_CREATE", 2, Events.GuildCreate(Events.GuildId, SystemChannel, SystemChannel, WelcomeChannel));
        await peer.DispatchAsync("GUILD_CREATE", 3, Events.GuildCreate(otherGuild, otherSystem, otherSystem));
        await peer.DispatchAsync("GUILD_MEMBER_ADD", 4, Events.MemberAdd(otherGuild, Newcomer));
        await h.Api.WaitForAsync("POST", $"channels/{otherSystem}/messages");

        Assert.Empty(h.Api.Matching("POST", $"channels/{WelcomeChannel}/"));
    }

    [Fact]
    public async Task Join_WithWelcomesOff_IsIgnored()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("GUILD_CREATE", 2, Events.GuildCreate(Events.GuildId, SystemChannel, SystemChannel));
        await peer.DispatchAsync("GUILD_MEMBER_ADD", 3, Events.MemberAdd(Events.GuildId, Newcomer));
        await h.DirectMessageAsync(peer, 4, "sentinel");
        await Task.Delay(200);

        Assert.Empty(h.Api.Matching("POST", $"channels/{SystemChannel}/"));
    }
}
