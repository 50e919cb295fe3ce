using CareerBot.Adapters.Http;
using CareerBot.Slack.Configuration;
using CareerBot.Slack.Diagnostics;
using CareerBot.Storage.Hashing;
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
    // Keyed once: building the HMAC key per request cost more than hashing the body.
    private HmacSha256Key? _key;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var settings = options.Value;

        var receivedAt = timeProvider.GetTimestamp();
        var read = await CappedBody.ReadAsync(http.Request, settings.MaxRequestBodyBytes, http.RequestAborted);
        if (read.Bytes is not { } body)
        {
            if (read.TooLarge)
            {
                Log.BodyTooLarge(logger, http.Request.Path, settings.MaxRequestBodyBytes);
            }
            else
            {
                Log.BodyNotReceived(logger, http.Request.Path, read.RefusedWith);
            }

            metrics.RequestRejected(read.TooLarge ? "body_too_large" : "body_not_received");
            return Results.StatusCode(read.RefusedWith);
        }

        var check = SlackSignature.Verify(
            _key ??= SlackSignature.KeyOf(settings.SigningSecret!),
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

        VerifiedBody.Set(http, body, receivedAt);
        return await next(context);
    }
}
