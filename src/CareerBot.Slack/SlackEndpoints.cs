using CareerBot.Slack.Endpoints;
using CareerBot.Slack.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Slack;

public static class SlackEndpoints
{
    /// <summary>
    /// Maps <c>/slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactions</c> when HTTP mode is on
    /// (<c>Slack:SigningSecret</c> is set). Every request is verified by <see cref="SlackSignatureFilter"/> over the raw
    /// body before anything parses it.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<SlackRegistration>() is not { HttpEndpoints: true })
        {
            return endpoints;
        }

        // One filter for every request (AddEndpointFilter<T> would construct one per request), keeping its HMAC key.
        var slack = endpoints.MapGroup("/slack").AddEndpointFilter(endpoints.ServiceProvider.GetRequiredService<SlackSignatureFilter>());
        slack.MapPost("/commands", SlashCommandEndpoint.HandleAsync).WithName("SlackCommands");
        slack.MapPost("/events", EventsEndpoint.Handle).WithName("SlackEvents");
        slack.MapPost("/interactions", InteractionsEndpoint.Handle).WithName("SlackInteractions");
        return endpoints;
    }
}
