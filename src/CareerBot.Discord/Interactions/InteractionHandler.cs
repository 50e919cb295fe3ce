using CareerBot.Adapters.Feedback;
using CareerBot.Adapters.Replies;
using CareerBot.Core.Conversations;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Diagnostics;
using CareerBot.Discord.Rendering;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// Answers an interaction from either way in (gateway or HTTP endpoint): slash commands and button clicks
/// through the core, autocomplete from the topic suggester and the catalog. The first answer goes out within
/// <see cref="DiscordTuning.InteractionAckBudget"/> of receipt, deferred and edited later when the core is slower.
/// </summary>
internal sealed partial class InteractionHandler(
    IChatResponder chat,
    ITopicSuggester topics,
    ICareerCatalog catalog,
    ReplyRenderer renderer,
    CustomIdCodec customIds,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    DiscordTuning tuning,
    DiscordMetrics metrics,
    TimeProvider timeProvider,
    ILogger<InteractionHandler> logger,
    FeedbackVotes? votes = null)
{
    internal const string Platform = "discord";
    internal const string FailureText = ReplyPolicy.Apology;
    internal const string ExpiredButtonText = "This button has expired. Please run the command again.";
    internal const string UnknownCommandText = "This command is out of date. A server admin can update it with `careerbot discord register-commands`.";

    /// <summary>Handles one interaction; never throws (a failure is logged and, when possible, answered politely).</summary>
    /// <param name="receivedAt">When the interaction arrived, from <see cref="TimeProvider.GetTimestamp"/>.</param>
    public async Task HandleAsync(Interaction interaction, long receivedAt, IInteractionCallback callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var responder = new InteractionResponder(callback, rest, interaction.ApplicationId ?? options.Value.ApplicationId ?? string.Empty, interaction.Token ?? string.Empty);
        try
        {
            switch (interaction.Type)
            {
                case InteractionType.Ping:
                    await responder.PongAsync(cancellationToken);
                    metrics.Interaction(Kind(interaction.Type), "answered");
                    break;
                case InteractionType.ApplicationCommand:
                    await HandleCommandAsync(interaction, responder, receivedAt, cancellationToken);
                    break;
                case InteractionType.MessageComponent:
                    await HandleButtonAsync(interaction, responder, receivedAt, cancellationToken);
                    break;
                case InteractionType.Autocomplete:
                    await responder.AutocompleteAsync(Suggest(interaction), cancellationToken);
                    metrics.Interaction(Kind(interaction.Type), "answered");
                    break;
                default:
                    Log.UnsupportedInteraction(logger, interaction.Type);
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.InteractionCancelled(logger, interaction.Type);
        }
#pragma warning disable CA1031 // The interaction's boundary: any failure becomes a logged error and an ephemeral apology, never a lost interaction.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The one boundary of this path: the core never throws (ChatRouter answers its own failures politely), so
            // what lands here failed around it; the user still gets an apology when nothing was answered yet.
            Log.InteractionFailed(logger, ex, interaction.Type, responder.State);
            metrics.Interaction(Kind(interaction.Type), "failed");
            await ApologizeAsync(responder, cancellationToken);
        }
    }

    private async Task ApologizeAsync(InteractionResponder responder, CancellationToken cancellationToken)
    {
        if (responder.State == InteractionState.Responded)
        {
            return;
        }

        try
        {
            await responder.RespondAsync(ReplyRenderer.Notice(FailureText, ephemeral: true), cancellationToken);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or InvalidOperationException or OperationCanceledException)
        {
            Log.ApologyFailed(logger, ex.GetType().Name);
        }
    }

    private Task HandleCommandAsync(Interaction interaction, InteractionResponder responder, long receivedAt, CancellationToken cancellationToken)
    {
        if (SlashCommandText.Build(interaction.Data) is not { } command)
        {
            Log.UnknownCommand(logger, interaction.Data?.Name);
            metrics.Interaction(Kind(interaction.Type), "unknown");
            return responder.RespondAsync(ReplyRenderer.Notice(UnknownCommandText, ephemeral: true), cancellationToken);
        }

        return AnswerAsync(interaction, responder, command, ReplyPresentation.Private(command), receivedAt, cancellationToken);
    }

    private Task HandleButtonAsync(Interaction interaction, InteractionResponder responder, long receivedAt, CancellationToken cancellationToken)
    {
        if (FeedbackButtons.IsFeedback(interaction.Data?.CustomId))
        {
            return HandleVoteAsync(interaction, responder, cancellationToken);
        }

        var button = customIds.Decode(interaction.Data?.CustomId);
        if (button?.Command is not { Length: > 0 } command)
        {
            Log.ExpiredButton(logger);
            metrics.Interaction(Kind(interaction.Type), "expired");
            return responder.RespondAsync(ReplyRenderer.Notice(ExpiredButtonText, ephemeral: true), cancellationToken);
        }

        if (button.Action == ButtonAction.Post)
        {
            // A repeat of the answer the clicker got, for the channel: not a new question; its votes go to that answer.
            var share = ShareButtons.Decode(command);
            return AnswerAsync(interaction, responder, share.Command, ReplyPresentation.Public, receivedAt, cancellationToken, share);
        }

        return AnswerAsync(interaction, responder, command, ReplyPresentation.Private(command), receivedAt, cancellationToken);
    }

    private async Task AnswerAsync(
        Interaction interaction, InteractionResponder responder, string command, ReplyPresentation presentation, long receivedAt, CancellationToken cancellationToken, SharedAnswer? share = null)
    {
        // On the thread pool: an engine that answers synchronously must not hold up the deadline below.
        var answer = Task.Run(() => ComputeAsync(interaction, command, presentation, share, cancellationToken), CancellationToken.None);
        var remaining = tuning.InteractionAckBudget - timeProvider.GetElapsedTime(receivedAt);
        if (!answer.IsCompleted && remaining > TimeSpan.Zero)
        {
            try
            {
                // One timer for the budget; no linked token source or second task per interaction.
                await answer.WaitAsync(remaining, timeProvider, cancellationToken);
            }
            catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // Not ready within the budget (or stopping): deferred below, as before.
            }
        }

        var deferred = !answer.IsCompleted;
        if (deferred)
        {
            Log.Deferring(logger, command.Length, timeProvider.GetElapsedTime(receivedAt).TotalMilliseconds);
            await responder.DeferAsync(presentation.Ephemeral, cancellationToken);
        }

        if (await answer is not { } message)
        {
            // Over the rate limit and already told so: acknowledged without a notice per interaction.
            await responder.DismissAsync(interaction.Type == InteractionType.MessageComponent, cancellationToken);
            metrics.Interaction(Kind(interaction.Type), "suppressed");
            return;
        }

        await responder.RespondAsync(message, cancellationToken);
        metrics.Interaction(Kind(interaction.Type), deferred ? "deferred" : "answered");
    }

    /// <summary>
    /// "Helpful" / "Not helpful": the clicker's vote is committed, then only the clicker is thanked (an ephemeral
    /// reply). Anyone who can see the answer may vote, once; a second click changes the vote.
    /// </summary>
    private async Task HandleVoteAsync(Interaction interaction, InteractionResponder responder, CancellationToken cancellationToken)
    {
        var click = FeedbackButtons.Decode(interaction.Data?.CustomId);
        var thanks = click is null || votes is null || string.IsNullOrEmpty(interaction.UserId)
            ? FeedbackVotes.BrokenButton
            : await votes.VoteAsync(Platform, interaction.UserId, click, cancellationToken);
        await responder.RespondAsync(ReplyRenderer.Notice(thanks, ephemeral: true), cancellationToken);
        metrics.Interaction(Kind(interaction.Type), "voted");
    }

    private static string Kind(int type) => type switch
    {
        InteractionType.Ping => "ping",
        InteractionType.ApplicationCommand => "command",
        InteractionType.MessageComponent => "button",
        InteractionType.Autocomplete => "autocomplete",
        _ => "other",
    };

    /// <summary>
    /// The core's answer rendered (the core turns its own failures into a polite reply), or null when the core says to
    /// send nothing (<see cref="ReplyDelivery.Suppress"/>).
    /// </summary>
    private async Task<DiscordMessage?> ComputeAsync(
        Interaction interaction, string command, ReplyPresentation presentation, SharedAnswer? share, CancellationToken cancellationToken)
    {
        // Slash commands and buttons: each person in a channel is their own conversation (in a DM, the only one).
        var conversationId = ConversationIds.Person(interaction.ChannelId, interaction.UserId);
        var request = new ChatRequest(command, Platform, interaction.UserId, conversationId) { IsShare = share is not null, SharedAnswerId = share?.AnswerId };
        var reply = await chat.RespondAsync(request, cancellationToken);
        return reply.Delivery == ReplyDelivery.Suppress ? null : renderer.Render(reply, presentation);
    }
}
