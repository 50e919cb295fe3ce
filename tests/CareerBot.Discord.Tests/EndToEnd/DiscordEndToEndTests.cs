using System.Text.Json;
using CareerBot.Core.Routing;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.EndToEnd;

/// <summary>
/// The adapter with the real answer engine and the shipped knowledge: what a Discord user sees for a slash
/// command, a button, a mention, a DM and a join, as REST calls to the fake Discord.
/// </summary>
public sealed class DiscordEndToEndTests
{
    [Fact]
    public async Task SlashCommand_ThenItsFollowUpButton_AnswerFromTheGuide()
    {
        await using var h = await GatewayHarness.StartAsync(realCore: true);
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("INTERACTION_CREATE", 2, Events.Interaction(2, Events.Slash("salary", ("level", "senior")), id: "9001", token: "tok-e2e-1"));
        var answer = (await h.Api.WaitForAsync("POST", "interactions/9001/tok-e2e-1/callback")).Json.GetProperty("data");
        var embed = answer.GetProperty("embeds")[0];
        Assert.Equal("Senior ML Engineer salary", embed.GetProperty("title").GetString());
        Assert.Contains("$160,000-$200,000+", Text(embed), StringComparison.Ordinal);
        var source = (await h.Host.Get<IChatResponder>().RespondAsync(new ChatRequest("salary senior", "discord"), CancellationToken.None)).Sources[0];
        Assert.Contains($"{source.Title} › {source.Section}", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, answer.GetProperty("flags").GetInt32());
        var customIds = CustomIds(answer);
        Assert.Contains("r:salary compare senior lead", customIds);
        Assert.Contains("p:salary senior", customIds);

        await peer.DispatchAsync("INTERACTION_CREATE", 3, Events.Interaction(3, Events.Button("r:salary compare senior lead"), id: "9002", token: "tok-e2e-2"));
        var compared = (await h.Api.WaitForAsync("POST", "interactions/9002/tok-e2e-2/callback")).Json.GetProperty("data").GetProperty("embeds")[0];
        Assert.Contains("$160,000-$200,000+", Text(compared), StringComparison.Ordinal);
        Assert.Contains("$200,000-$300,000+", Text(compared), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mention_AndDirectMessage_AreAnsweredFromTheGuide()
    {
        await using var h = await GatewayHarness.StartAsync(realCore: true);
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("MESSAGE_CREATE", 2, Events.GuildMessage($"<@{GatewayPeer.BotUserId}> how much does a senior ML engineer earn?", "880", mentionsBot: true));
        var reply = await h.Api.WaitForAsync("POST", $"channels/{Events.ChannelId}/messages");
        await peer.DispatchAsync("MESSAGE_CREATE", 3, Events.DirectMessage("What math do I need to become an ML engineer?", "577", "881"));
        var dm = await h.Api.WaitForAsync("POST", "channels/577/messages");

        Assert.Equal("880", reply.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Contains("$160,000-$200,000+", Text(reply.Json.GetProperty("embeds")[0]), StringComparison.Ordinal);
        Assert.Contains("linear algebra", Text(dm.Json.GetProperty("embeds")[0]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReplyToTheAnswer_FollowsUpTheSamePersonsQuestion_AnotherPersonsReplyDoesNot()
    {
        await using var h = await GatewayHarness.StartAsync(realCore: true);
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("MESSAGE_CREATE", 2, Events.GuildMessage($"<@{GatewayPeer.BotUserId}> how much does a senior ML engineer earn?", "890", mentionsBot: true));
        await AnswerToAsync(h, "890");
        await peer.DispatchAsync("MESSAGE_CREATE", 3, Events.GuildReply($"<@{GatewayPeer.BotUserId}> and for lead?", "891", repliedToId: "990"));
        var followUp = await AnswerToAsync(h, "891");
        await peer.DispatchAsync("MESSAGE_CREATE", 4, Events.GuildReply($"<@{GatewayPeer.BotUserId}> and for lead?", "892", repliedToId: "990", authorId: "450000000000000045"));
        var otherPerson = await AnswerToAsync(h, "892");

        Assert.Equal("Lead/Principal Engineer salary", followUp.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.NotEqual("Lead/Principal Engineer salary", otherPerson.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task DirectMessages_FollowUpInTheDm()
    {
        await using var h = await GatewayHarness.StartAsync(realCore: true);
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("MESSAGE_CREATE", 2, Events.DirectMessage("what comes after mid?", "578", "893"));
        await h.Api.WaitForAsync("POST", "channels/578/messages");
        await peer.DispatchAsync("MESSAGE_CREATE", 3, Events.DirectMessage("and senior?", "578", "894"));

        var followUp = await h.Api.WaitForAsync(r => r.Method == "POST" && r.Path.StartsWith("channels/578/messages", StringComparison.Ordinal)
            && r.Json.GetProperty("embeds")[0].GetProperty("title").GetString() != "What comes after Junior ML Engineer");
        Assert.Equal("What comes after Senior ML Engineer", followUp.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    private static async Task<JsonElement> AnswerToAsync(GatewayHarness h, string messageId) =>
        (await h.Api.WaitForAsync(r => r.Method == "POST" && r.Path.StartsWith($"channels/{Events.ChannelId}/messages", StringComparison.Ordinal)
            && r.Json.TryGetProperty("message_reference", out var reference) && reference.GetProperty("message_id").GetString() == messageId)).Json;

    [Fact]
    public async Task MemberJoin_IsGreetedWithTheSharedOnboardingText()
    {
        await using var h = await GatewayHarness.StartAsync(s => s["Discord:Welcomes"] = "true", realCore: true);
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("GUILD_CREATE", 2, Events.GuildCreate(Events.GuildId, "610", "610"));
        await peer.DispatchAsync("GUILD_MEMBER_ADD", 3, Events.MemberAdd(Events.GuildId, "451"));
        var welcome = (await h.Api.WaitForAsync("POST", "channels/610/messages")).Json;

        Assert.Equal("<@451>", welcome.GetProperty("content").GetString());
        Assert.Equal("Welcome! I'm CareerBot", welcome.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Contains("How much does a senior ML engineer earn?", Text(welcome.GetProperty("embeds")[0]), StringComparison.Ordinal);
        Assert.Contains("r:ask How much does a senior ML engineer earn?", CustomIds(welcome));
    }

    [Fact]
    public async Task HttpEndpoint_SlashCommand_AnswersInlineFromTheGuide()
    {
        using var signer = new InteractionSigner();
        await using var api = await FakeDiscordApi.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(
            new()
            {
                ["Discord:PublicKey"] = signer.PublicKeyHex,
                ["Discord:ApplicationId"] = DiscordTestHost.ApplicationId,
                ["Discord:ApiBaseUrl"] = api.BaseUrl.ToString(),
            },
            TestTuning.Fast(ackBudget: TimeSpan.FromSeconds(30)), // inline, however loaded the machine: deferral is tested elsewhere
            realCore: true);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await http.SendAsync(signer.Request(Events.Interaction(2, Events.Slash("path", ("from", "senior")))));

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Contains("Lead", Text(json.GetProperty("data").GetProperty("embeds")[0]), StringComparison.Ordinal);
    }

    /// <summary>Everything a user reads in an embed.</summary>
    private static string Text(JsonElement embed)
    {
        var parts = new List<string?> { embed.GetProperty("title").GetString() };
        if (embed.TryGetProperty("description", out var description))
        {
            parts.Add(description.GetString());
        }

        if (embed.TryGetProperty("fields", out var fields))
        {
            parts.AddRange(fields.EnumerateArray().SelectMany(f => new[] { f.GetProperty("name").GetString(), f.GetProperty("value").GetString() }));
        }

        return string.Join("\n", parts);
    }

    private static List<string> CustomIds(JsonElement message) =>
        message.GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Select(b => b.GetProperty("custom_id").GetString()!)
            .ToList();
}
