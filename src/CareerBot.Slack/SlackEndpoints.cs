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

        var slack = endpoints.MapGroup("/slack").AddEndpointFilter<SlackSignatureFilter>();
        slack.MapPost("/commands", SlashCommandEndpoint.HandleAsync).WithName("SlackCommands");
        slack.MapPost("/events", EventsEndpoint.Handle).WithName("SlackEvents");
        slack.MapPost("/interactions", InteractionsEndpoint.Handle).WithName("SlackInteractions");
        return endpoints;
    }
}
