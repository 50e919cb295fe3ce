using System.Text.Json;
using CareerBot.Discord.Rendering;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Serialization;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// Answers one interaction exactly once. State None -> Deferred -> Responded, moved with compare-and-swap,
/// so a second acknowledgement (Discord's 40060 / 10062) cannot be sent: the first answer is the callback,
/// an answer after a deferral edits <c>@original</c>, anything after that is refused.
/// </summary>
internal sealed class InteractionResponder(IInteractionCallback callback, DiscordRestClient rest, string applicationId, string token)
{
    private int _state;
    private Task _deferral = Task.CompletedTask;

    public InteractionState State => (InteractionState)Volatile.Read(ref _state);

    /// <summary>Acknowledges now (callback type 5) and answers later with <see cref="RespondAsync"/>.</summary>
    public async Task DeferAsync(bool ephemeral, CancellationToken cancellationToken)
    {
        Transition(InteractionState.None, InteractionState.Deferred);
        var data = ephemeral ? new DiscordMessage(null, null, null, AllowedMentions.None, DiscordMessage.EphemeralFlag) : null;
        _deferral = callback.SendAsync(Serialize(new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource, data)), cancellationToken);
        await _deferral;
    }

    public async Task RespondAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        if (TryTransition(InteractionState.None, InteractionState.Responded))
        {
            await callback.SendAsync(Serialize(new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, message)), cancellationToken);
            return;
        }

        Transition(InteractionState.Deferred, InteractionState.Responded);
        await _deferral.WaitAsync(cancellationToken);

        // Whether the answer is private was settled by the deferral; an edit may not change the flags.
        await rest.EditOriginalResponseAsync(applicationId, token, message with { Flags = null }, cancellationToken);
    }

    /// <summary>
    /// Acknowledges without showing anything (the user is over the rate limit and already has the notice). A button
    /// click gets DEFERRED_UPDATE_MESSAGE (its message stays as it was); a slash command, which Discord lets end only
    /// with a message, is deferred privately and the deferral deleted again, as is an answer already deferred.
    /// </summary>
    public async Task DismissAsync(bool component, CancellationToken cancellationToken)
    {
        if (component && TryTransition(InteractionState.None, InteractionState.Responded))
        {
            await callback.SendAsync(Serialize(new InteractionResponse(InteractionCallbackType.DeferredUpdateMessage)), cancellationToken);
            return;
        }

        if (State == InteractionState.None)
        {
            await DeferAsync(ephemeral: true, cancellationToken);
        }

        Transition(InteractionState.Deferred, InteractionState.Responded);
        await _deferral.WaitAsync(cancellationToken);
        await rest.DeleteOriginalResponseAsync(applicationId, token, cancellationToken);
    }

    public Task PongAsync(CancellationToken cancellationToken)
    {
        Transition(InteractionState.None, InteractionState.Responded);
        return callback.SendAsync(Serialize(InteractionResponse.Pong), cancellationToken);
    }

    public Task AutocompleteAsync(IReadOnlyList<CommandChoice> choices, CancellationToken cancellationToken)
    {
        Transition(InteractionState.None, InteractionState.Responded);
        var body = JsonSerializer.SerializeToUtf8Bytes(AutocompleteResponse.Of(choices), DiscordJsonContext.Default.AutocompleteResponse);
        return callback.SendAsync(body, cancellationToken);
    }

    private static byte[] Serialize(InteractionResponse response) =>
        JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse);

    private bool TryTransition(InteractionState from, InteractionState to) =>
        Interlocked.CompareExchange(ref _state, (int)to, (int)from) == (int)from;

    private void Transition(InteractionState from, InteractionState to)
    {
        if (!TryTransition(from, to))
        {
            throw new InvalidOperationException($"The interaction is {State}; it cannot move from {from} to {to}.");
        }
    }
}
