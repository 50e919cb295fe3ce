using CareerBot.Slack.Configuration;
using CareerBot.Slack.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Verification;

/// <summary>
/// Endpoint filter in front of every Slack endpoint: reads the raw body (capped), verifies the v0 signature over
/// those bytes, and only then lets the handler parse it. Failures get 401 (413 for an oversized body) and nothing else.
/// </summary>
internal sealed class SlackSignatureFilter(
    IOptions<SlackOptions> options, TimeProvider timeProvider, SlackMetrics metrics, ILogger<SlackSignatureFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var settings = options.Value;

        byte[]? body;
        try
        {
            body = await RequestBodyReader.ReadAsync(http.Request, settings.MaxRequestBodyBytes, http.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's minimum body data rate (408) and the like: the client's problem, not an error of ours.
            Log.BodyNotReceived(logger, http.Request.Path, ex.StatusCode);
            metrics.RequestRejected("body_not_received");
            return Results.StatusCode(ex.StatusCode);
        }

        if (body is null)
        {
            Log.BodyTooLarge(logger, http.Request.Path, settings.MaxRequestBodyBytes);
            metrics.RequestRejected("body_too_large");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var check = SlackSignature.Verify(
            settings.SigningSecret!,
            http.Request.Headers[SlackSignature.TimestampHeader],
            http.Request.Headers[SlackSignature.SignatureHeader],
            body,
            timeProvider.GetUtcNow());
        if (check != SignatureCheck.Valid)
        {
            Log.SignatureRejected(logger, http.Request.Path, check);
            metrics.RequestRejected(check.ToString());
            return Results.Unauthorized();
        }

        http.Features.Set(new VerifiedSlackBody(body));
        return await next(context);
    }
}
