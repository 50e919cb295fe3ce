using CareerBot.Adapters.Http;
using CareerBot.Discord.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// Runs before the endpoint: notes the receipt time, reads the raw body (capped), and answers 401 unless
/// the Ed25519 signature holds. Nothing parses the body before this filter has verified it.
/// </summary>
internal sealed class SignatureVerificationFilter(InteractionSignatureVerifier verifier, TimeProvider timeProvider, DiscordMetrics metrics, ILogger<SignatureVerificationFilter> logger) : IEndpointFilter
{
    internal const int MaxBodyBytes = 256 * 1024;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var receivedAt = timeProvider.GetTimestamp();
        var read = await CappedBody.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted);
        if (read.Bytes is not { } body)
        {
            if (read.TooLarge)
            {
                Log.RequestRejected(logger, "body too large");
            }
            else
            {
                Log.BodyNotReceived(logger, read.RefusedWith);
            }

            metrics.RequestRejected(read.TooLarge ? "too_large" : "body_not_received");
            return Results.StatusCode(read.RefusedWith);
        }

        var headers = http.Request.Headers;
        if (!verifier.Verify(headers["X-Signature-Ed25519"].ToString(), headers["X-Signature-Timestamp"].ToString(), body))
        {
            Log.RequestRejected(logger, "invalid signature");
            metrics.RequestRejected("signature");
            return Results.Unauthorized();
        }

        VerifiedBody.Set(http, body, receivedAt);
        return await next(context);
    }
}
