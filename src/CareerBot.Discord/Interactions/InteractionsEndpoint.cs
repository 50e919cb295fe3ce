using System.Text.Json;
using CareerBot.Discord.Diagnostics;
using CareerBot.Discord.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c> after <see cref="SignatureVerificationFilter"/>: parses the verified body and
/// answers inline with the first response (PONG, the answer, autocomplete choices, or a deferral whose
/// answer is edited in afterwards over the webhook).
/// </summary>
internal static class InteractionsEndpoint
{
    public const string Pattern = "/discord/interactions";

    public static async Task<IResult> HandleAsync(HttpContext http, [FromServices] InteractionHandler handler, [FromServices] DiscordMetrics metrics, [FromServices] IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(lifetime);
        var body = (byte[])http.Items[SignatureVerificationFilter.BodyKey]!;
        var receivedAt = (long)http.Items[SignatureVerificationFilter.ReceivedAtKey]!;
        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            metrics.RequestRejected("malformed");
            return Results.BadRequest();
        }

        if (interaction is null or { Type: < InteractionType.Ping or > InteractionType.Autocomplete })
        {
            metrics.RequestRejected("malformed");
            return Results.BadRequest();
        }

        // The work outlives this request when the answer is deferred, so it runs on the host's token.
        var callback = new InlineInteractionCallback();
        var work = handler.HandleAsync(interaction, receivedAt, callback, lifetime.ApplicationStopping);
        await Task.WhenAny(callback.Body, work).WaitAsync(http.RequestAborted).ConfigureAwait(false);
        return callback.Body.IsCompletedSuccessfully
            ? Results.Bytes(callback.Body.Result, "application/json")
            : Results.StatusCode(StatusCodes.Status500InternalServerError);
    }
}
