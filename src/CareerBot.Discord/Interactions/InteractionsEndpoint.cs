using System.Text.Json;
using CareerBot.Adapters.Http;
using CareerBot.Discord.Diagnostics;
using CareerBot.Discord.Rendering;
using CareerBot.Discord.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c> after <see cref="SignatureVerificationFilter"/>: parses the verified body and
/// answers inline with the first response (PONG, the answer, autocomplete choices, or a deferral whose
/// answer is edited in afterwards over the webhook). Work that ends without a first answer (it failed, or the
/// host is stopping) still gets a 200: an ephemeral apology, never a 500 that leaves the user with "interaction failed".
/// </summary>
internal static class InteractionsEndpoint
{
    public const string Pattern = "/discord/interactions";

    private static readonly byte[] Apology = JsonSerializer.SerializeToUtf8Bytes(
        new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, ReplyRenderer.Notice(InteractionHandler.FailureText, ephemeral: true)),
        DiscordJsonContext.Default.InteractionResponse);

    public static async Task<IResult> HandleAsync(HttpContext http, [FromServices] InteractionHandler handler, [FromServices] DiscordMetrics metrics, [FromServices] InteractionWork works, [FromServices] ILogger<InteractionWork> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(works);
        var verified = VerifiedBody.Of(http);
        var receivedAt = verified.ReceivedAt;
        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(verified.Body.Span, DiscordJsonContext.Default.Interaction);
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

        // The work outlives this request when the answer is deferred, so it runs until the drain on stop is over.
        var callback = new InlineInteractionCallback();
        http.Response.OnCompleted(() =>
        {
            callback.MarkDelivered();
            return Task.CompletedTask;
        });
        var work = handler.HandleAsync(interaction, receivedAt, callback, works.Token);
        works.Track(work);
        await Task.WhenAny(callback.Body, work).WaitAsync(http.RequestAborted);
        if (callback.Body.IsCompletedSuccessfully)
        {
            return Results.Bytes(callback.Body.Result, "application/json");
        }

        Log.AnsweredWithApology(logger);
        return Results.Bytes(Apology, "application/json");
    }
}
