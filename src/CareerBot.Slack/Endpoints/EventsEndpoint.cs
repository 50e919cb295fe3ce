using System.Text.Json;
using CareerBot.Adapters.Http;
using CareerBot.Slack.Events;
using CareerBot.Slack.Queue;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Endpoints;

/// <summary>
/// <c>POST /slack/events</c>: answers <c>url_verification</c>, queues <c>event_callback</c> and acknowledges at once.
/// </summary>
internal static class EventsEndpoint
{
    public const string RetryNumHeader = "X-Slack-Retry-Num";
    public const string RetryReasonHeader = "X-Slack-Retry-Reason";

    public static IResult Handle(HttpContext context, [FromServices] SlackInbox inbox, [FromServices] ILogger<SlackInbox> logger)
    {
        SlackEventCallback? callback;
        try
        {
            callback = JsonSerializer.Deserialize<SlackEventCallback>(VerifiedBody.Of(context).Body.Span, SlackJson.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        switch (callback?.Type)
        {
            case null:
                return Results.BadRequest();
            case SlackEventCallback.UrlVerification:
                return callback.Challenge is { Length: > 0 } challenge
                    ? Results.Json(new { challenge })
                    : Results.BadRequest();
            case SlackEventCallback.EventCallback:
                break;
            default:
                return Results.Ok();
        }

        if (context.Request.Headers.TryGetValue(RetryNumHeader, out var retry))
        {
            Log.EventRetried(logger, callback.EventId, retry.ToString(), context.Request.Headers[RetryReasonHeader].ToString());
        }

        return ToHttpResult(inbox.AcceptEvent(callback));
    }

    /// <summary>Only a full queue is refused (Slack then retries); duplicates and ignored deliveries are acknowledged.</summary>
    public static IResult ToHttpResult(InboxResult result) => result switch
    {
        InboxResult.Malformed => Results.BadRequest(),
        InboxResult.Busy => Results.StatusCode(StatusCodes.Status429TooManyRequests),
        _ => Results.Ok(),
    };
}
