using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Conversations;

public sealed class MessageCreateHandlerTests
{
    [Fact]
    public async Task Mention_IsAnsweredAsAReplyWithTheTextUnchanged()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();
        var text = $"<@{GatewayPeer.BotUserId}> how much does a senior earn?";

        await peer.DispatchAsync("MESSAGE_CREATE", 2, Events.GuildMessage(text, "810", mentionsBot: true));
        var post = await h.Api.WaitForAsync("POST", $"channels/{Events.ChannelId}/messages");

        var chat = Assert.Single(h.Chat.Requests);
        // In a guild channel each person is their own conversation (their mentions and reply chain).
        Assert.Equal((text, "discord", Events.UserId, $"{Events.ChannelId}/user/{Events.UserId}"), (chat.Text, chat.Platform, chat.UserId, chat.ConversationId));
        Assert.Equal("810", post.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Equal($"Answer: {text}", post.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(0, post.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(post.Json.TryGetProperty("flags", out _));
    }

    [Fact]
    public async Task DirectMessage_WithALoneSurrogate_ReachesTheCoreAsUnreadableText_NotADroppedEvent()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        // JSON can carry "\ud800", which no string can hold as valid text; the core answers such text with its clear refusal.
        await peer.DispatchAsync("MESSAGE_CREATE", 2, Events.DirectMessage("\\ud800 salary", "500000000000000005", "811"));
        await h.Api.WaitForAsync("POST", "channels/500000000000000005/messages");

        var chat = Assert.Single(h.Chat.Requests);
        Assert.Equal("\uD800", chat.Text);
    }

    [Fact]
    public async Task MentionInTheText_WithoutMentionsArray_IsStillAnswered()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("MESSAGE_CREATE", 2, Events.GuildMessage($"<@!{GatewayPeer.BotUserId}> help", "811", mentionsBot: false));

        await h.Api.WaitForAsync("POST", $"channels/{Events.ChannelId}/messages");
    }

    [Fact]
    public async Task DirectMessage_IsAnsweredInTheDm()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        var post = await h.DirectMessageAsync(peer, 2, "what skills do I need", channelId: "555");

        Assert.Equal(("what skills do I need", "555"), (Assert.Single(h.Chat.Requests).Text, h.Chat.Requests[0].ConversationId));
        Assert.False(post.Json.TryGetProperty("message_reference", out _));
        Assert.Equal("Answer: what skills do I need", post.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task OtherMessages_AreIgnored_OwnBotsAndUnmentioned()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("MESSAGE_CREATE", 2, Events.GuildMessage("just chatting", "820", mentionsBot: false));
        await peer.DispatchAsync("MESSAGE_CREATE", 3, Events.GuildMessage($"<@{GatewayPeer.BotUserId}> from a bot", "821", mentionsBot: true, authorId: "999", bot: true));
        await peer.DispatchAsync("MESSAGE_CREATE", 4, Events.DirectMessage("my own answer", "555", "822", authorId: GatewayPeer.BotUserId));
        await h.DirectMessageAsync(peer, 5, "sentinel", channelId: "556");
        await Task.Delay(200);

        Assert.Equal(["sentinel"], h.Chat.Requests.Select(r => r.Text));
        Assert.Single(h.Api.Matching("POST", "channels/"));
    }

    [Fact]
    public async Task EveryoneInAQuestion_NeverPingsAnyone()
    {
        await using var h = await GatewayHarness.StartAsync();
        var (peer, _) = await h.ConnectReadyAsync();

        await peer.DispatchAsync("MESSAGE_CREATE", 2, Events.DirectMessage("tell @everyone and @here about <@&123>", "557", "830"));
        var post = await h.Api.WaitForAsync("POST", "channels/557/messages");

        var embed = post.Json.GetProperty("embeds")[0];
        Assert.DoesNotContain("@everyone", embed.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("@here", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, post.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }
}
