using CareerBot.Adapters.Http;
using CareerBot.Adapters.Memory;
using CareerBot.Slack.Answers;
using CareerBot.Slack.Commands;
using CareerBot.Slack.Queue;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.WebApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Endpoints;

/// <summary><c>POST /slack/commands</c>: the answer in the 200 body, ephemeral; never a 5xx.</summary>
internal static class SlashCommandEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        [FromServices] SlashCommandHandler handler,
        [FromServices] SlackInbox inbox,
        [FromServices] IExpiringKeySet deliveries,
        [FromServices] ILogger<SlashCommandHandler> logger)
    {
        var form = SlackForm.Parse(VerifiedBody.Of(context).Body.Span);
        if (form is null)
        {
            return Results.BadRequest();
        }

        if (form.TryGetValue("ssl_check", out var sslCheck) && sslCheck == "1")
        {
            return Results.Ok();
        }

        if (SlashCommand.FromForm(form) is not { } command)
        {
            return Results.BadRequest();
        }

        // The same invocation sent again (a proxy's or load balancer's retry, possibly to another replica) is
        // acknowledged without a second answer: the first one is already on its way. Shared across replicas.
        if (command.TriggerId is { } trigger && !deliveries.TryClaim(inbox.Delivery("command:" + trigger)))
        {
            Log.DuplicateSlashCommand(logger, command.Command);
            return Results.Ok();
        }

        SlackMessage? answer;
        try
        {
            answer = await handler.HandleAsync(command, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return Results.Empty;
        }
#pragma warning disable CA1031 // The HTTP boundary of a slash command: Slack gets an apology, never a 500 it would show raw.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.EndpointFailed(logger, ex, context.Request.Path);
            answer = SlackAnswerer.Failure;
        }

        return answer is null ? Results.Ok() : Results.Json(ResponseMessage.EphemeralOf(answer), SlackJson.Options);
    }
}
