using System.Text.Json;
using CareerBot.Adapters.Http;
using CareerBot.Slack.Interactions;
using CareerBot.Slack.Queue;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CareerBot.Slack.Endpoints;

/// <summary><c>POST /slack/interactions</c>: a form with one JSON field, <c>payload</c>; clicks are queued and acknowledged.</summary>
internal static class InteractionsEndpoint
{
    public static IResult Handle(HttpContext context, [FromServices] SlackInbox inbox)
    {
        var form = SlackForm.Parse(VerifiedBody.Of(context).Body.Span);
        if (form is null || !form.TryGetValue("payload", out var json) || string.IsNullOrEmpty(json))
        {
            return Results.BadRequest();
        }

        BlockActionsPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<BlockActionsPayload>(json.ToString(), SlackJson.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (payload?.Type is null)
        {
            return Results.BadRequest();
        }

        return payload.Type == BlockActionsPayload.BlockActions
            ? EventsEndpoint.ToHttpResult(inbox.AcceptBlockActions(payload))
            : Results.Ok();
    }
}
