using System.Text.Json;
using CareerBot.Core.Conversations;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Discord.Diagnostics;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Rendering;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Serialization;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Conversations;

/// <summary>
/// MESSAGE_CREATE: a message that mentions the bot gets an answer as a reply; a DM gets an answer in the DM.
/// Bots (itself included), webhooks and system messages are ignored. The text goes to the core unchanged.
/// </summary>
internal sealed class MessageCreateHandler(IChatResponder chat, ReplyRenderer renderer, DiscordRestClient rest, BotIdentity bot, DiscordMetrics metrics, ILogger<MessageCreateHandler> logger) : IDispatchHandler
{
    private const int DefaultMessage = 0;
    private const int ReplyMessage = 19;

    public IReadOnlyCollection<string> Events { get; } = ["MESSAGE_CREATE"];

    public DispatchLane Lane => DispatchLane.Shared;

    public async Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        var message = dispatch.Data.Deserialize(DiscordJsonContext.Default.MessageCreateEvent);
        if (message is not { Id: { } messageId, ChannelId: { } channelId, Author.Id: { } authorId } || !IsForUs(message))
        {
            return;
        }

        var isDirect = message.GuildId is null;
        Log.Answering(logger, isDirect ? "DM" : "mention", channelId);
        // A DM is one conversation; in a guild channel each person's mentions and replies (their reply chain) are theirs.
        var conversationId = isDirect ? ConversationIds.Place(channelId) : ConversationIds.Person(channelId, authorId);
        var reply = await chat.RespondAsync(new ChatRequest(message.Content ?? string.Empty, InteractionHandler.Platform, authorId, conversationId), cancellationToken).ConfigureAwait(false);
        if (reply.Delivery == ReplyDelivery.Suppress)
        {
            // Over the rate limit and already told so: silence rather than a message per flood message.
            return;
        }

        var answer = renderer.Render(reply, isDirect ? ReplyPresentation.Public : ReplyPresentation.ReplyTo(messageId));
        try
        {
            await rest.CreateMessageAsync(channelId, answer, cancellationToken).ConfigureAwait(false);
            metrics.Message(isDirect ? "dm" : "mention");
        }
        catch (DiscordRestException ex) when (ex.Code is 50001 or 50013 or 50007)
        {
            Log.CannotPost(logger, channelId, ex.Code);
        }
    }

    private bool IsForUs(MessageCreateEvent message)
    {
        var self = bot.UserId;
        if (message.Author!.Bot == true || message.Author.Id == self || message.WebhookId is not null
            || message.Type is not (DefaultMessage or ReplyMessage) || string.IsNullOrWhiteSpace(message.Content))
        {
            return false;
        }

        return message.GuildId is null || (self is not null && Mentions(message, self));
    }

    private static bool Mentions(MessageCreateEvent message, string self) =>
        message.Mentions?.Any(user => user.Id == self) == true
        || message.Content!.Contains($"<@{self}>", StringComparison.Ordinal)
        || message.Content.Contains($"<@!{self}>", StringComparison.Ordinal);
}
