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
    internal const string BodyKey = "CareerBot.Discord.Body";
    internal const string ReceivedAtKey = "CareerBot.Discord.ReceivedAt";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        http.Items[ReceivedAtKey] = timeProvider.GetTimestamp();
        byte[]? body;
        try
        {
            body = await ReadCappedAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's minimum body data rate (408) and the like: the client's problem, not an error of ours.
            Log.BodyNotReceived(logger, ex.StatusCode);
            metrics.RequestRejected("body_not_received");
            return Results.StatusCode(ex.StatusCode);
        }

        if (body is null)
        {
            Log.RequestRejected(logger, "body too large");
            metrics.RequestRejected("too_large");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var headers = http.Request.Headers;
        if (!verifier.Verify(headers["X-Signature-Ed25519"].ToString(), headers["X-Signature-Timestamp"].ToString(), body))
        {
            Log.RequestRejected(logger, "invalid signature");
            metrics.RequestRejected("signature");
            return Results.Unauthorized();
        }

        http.Items[BodyKey] = body;
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>The body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
