using System.Text.Json;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Serialization;

namespace CareerBot.Discord.Interactions;

/// <summary>INTERACTION_CREATE from the gateway: answered over REST (<c>POST /interactions/{id}/{token}/callback</c>).</summary>
internal sealed class GatewayInteractionHandler(InteractionHandler handler, DiscordRestClient rest) : IDispatchHandler
{
    public IReadOnlyCollection<string> Events { get; } = ["INTERACTION_CREATE"];

    public DispatchLane Lane => DispatchLane.Interactions;

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        var interaction = dispatch.Data.Deserialize(DiscordJsonContext.Default.Interaction);
        if (interaction is not { Id: { } id, Token: { } token })
        {
            return Task.CompletedTask;
        }

        return handler.HandleAsync(interaction, dispatch.ReceivedAt, new RestInteractionCallback(rest, id, token), cancellationToken);
    }
}
