using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Interactions;

/// <summary>Interactions arriving on the gateway, answered over REST: what a user sees in Discord.</summary>
public sealed class GatewayInteractionHandlerTests
{
    [Fact]
    public async Task SlashCommand_AnswersPrivatelyWithEmbedFollowUpsAndAPostButton()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("INTERACTION_CREATE", 2, Events.Interaction(2, Events.Slash("salary", ("level", "senior")), id: "7001", token: "tok-1"));
        var callback = await h.Api.WaitForAsync("POST", "interactions/7001/tok-1/callback");

        var data = callback.Json.GetProperty("data");
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal("Answer: salary senior", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var buttons = Buttons(data);
        Assert.Equal([("Senior salary", "r:salary senior"), ("Help", "r:help"), ("Post to channel", "p:salary senior")], buttons);
        Assert.Equal("salary senior", Assert.Single(h.Chat.Requests).Text);
    }

    [Fact]
    public async Task FollowUpButton_RunsItsCommandForTheClicker()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("INTERACTION_CREATE", 2, Events.Interaction(3, Events.Button("r:skills check python, sql"), id: "7002", token: "tok-2"));
        var callback = await h.Api.WaitForAsync("POST", "interactions/7002/tok-2/callback");

        Assert.Equal("skills check python, sql", Assert.Single(h.Chat.Requests).Text);
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("Answer: skills check python, sql", callback.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task PostButton_PostsTheAnswerForEveryoneWithoutAnotherPostButton()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("INTERACTION_CREATE", 2, Events.Interaction(3, Events.Button("p:salary senior"), id: "7003", token: "tok-3"));
        var callback = await h.Api.WaitForAsync("POST", "interactions/7003/tok-3/callback");

        var data = callback.Json.GetProperty("data");
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.False(data.TryGetProperty("flags", out _));
        Assert.Equal("Answer: salary senior", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.DoesNotContain(Buttons(data), b => b.CustomId.StartsWith("p:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExpiredButton_SaysSoAndRunsNothing()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("INTERACTION_CREATE", 2, Events.Interaction(3, Events.Button("rk:unknownkey"), id: "7004", token: "tok-4"));
        var callback = await h.Api.WaitForAsync("POST", "interactions/7004/tok-4/callback");

        Assert.Empty(h.Chat.Requests);
        Assert.Contains("expired", callback.Json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task EngineFailure_StillAnswersWithAnApology()
    {
        await using var h = await GatewayHarness.StartAsync();
        h.Chat.Failure = new InvalidOperationException("index corrupt");
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("INTERACTION_CREATE", 2, Events.Interaction(2, Events.Slash("help"), id: "7005", token: "tok-5"));
        var callback = await h.Api.WaitForAsync("POST", "interactions/7005/tok-5/callback");

        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.StartsWith("Sorry", callback.Json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_TellsTheUserToReRegister()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("INTERACTION_CREATE", 2, Events.Interaction(2, """{"id":"1","name":"oldcommand","type":1}""", id: "7006", token: "tok-6"));
        var callback = await h.Api.WaitForAsync("POST", "interactions/7006/tok-6/callback");

        Assert.Empty(h.Chat.Requests);
        Assert.Contains("register-commands", callback.Json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    private static List<(string Label, string CustomId)> Buttons(JsonElement data) =>
        data.GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Select(b => (b.GetProperty("label").GetString()!, b.GetProperty("custom_id").GetString()!))
            .ToList();
}
