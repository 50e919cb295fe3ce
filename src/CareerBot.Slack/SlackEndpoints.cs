using Microsoft.AspNetCore.Routing;

namespace CareerBot.Slack;

public static class SlackEndpoints
{
    /// <summary>Maps <c>/slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactions</c> when HTTP mode is on.</summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // TODO(slack issue): signed endpoints.
        return endpoints;
    }
}
