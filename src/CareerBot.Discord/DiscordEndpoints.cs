using CareerBot.Discord.Configuration;
using CareerBot.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord;

public static class DiscordEndpoints
{
    /// <summary>
    /// Maps <c>POST /discord/interactions</c> when a public key is configured: Ed25519-verified (an endpoint
    /// filter) before anything reads the body. Does nothing when the Discord adapter is not registered.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscordEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<DiscordAdapterMarker>() is null
            || !endpoints.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value.HasPublicKey)
        {
            return endpoints;
        }

        endpoints.MapPost(InteractionsEndpoint.Pattern, InteractionsEndpoint.HandleAsync)
            // One filter for every request: AddEndpointFilter<T> would construct one per request.
            .AddEndpointFilter(endpoints.ServiceProvider.GetRequiredService<SignatureVerificationFilter>())
            .WithName("DiscordInteractions")
            .ExcludeFromDescription();
        return endpoints;
    }
}
