using CareerBot.Discord.Rest;

namespace CareerBot.Discord.Interactions;

/// <summary>Gateway interactions: <c>POST /interactions/{id}/{token}/callback</c>.</summary>
internal sealed class RestInteractionCallback(DiscordRestClient rest, string interactionId, string token) : IInteractionCallback
{
    public Task SendAsync(byte[] body, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interactionId, token, body, cancellationToken);
}
