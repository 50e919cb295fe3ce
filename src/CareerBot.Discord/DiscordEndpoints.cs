using Microsoft.AspNetCore.Routing;

namespace CareerBot.Discord;

public static class DiscordEndpoints
{
    /// <summary>Maps <c>POST /discord/interactions</c> when a public key is configured.</summary>
    public static IEndpointRouteBuilder MapDiscordEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // TODO(discord issue): Ed25519-verified interactions endpoint.
        return endpoints;
    }
}
