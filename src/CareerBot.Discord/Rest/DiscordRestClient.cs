using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Diagnostics;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Rendering;
using CareerBot.Discord.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Rest;

/// <summary>
/// The Discord REST calls the adapter makes. Rate limits, retries and the 401 stop live in the handler
/// chain (<see cref="RestServiceCollectionExtensions"/>); this class builds requests and reads answers.
/// </summary>
internal sealed class DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, DiscordMetrics metrics, ILogger<DiscordRestClient> logger)
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(Bot(HttpMethod.Get, "gateway/bot", "gateway/bot", string.Empty), Json.GatewayBotInfo, cancellationToken);

    public async Task<string?> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken)
    {
        var request = Bot(HttpMethod.Post, $"channels/{channelId}/messages", "channels/{channel_id}/messages", channelId);
        request.Content = Body(message, Json.DiscordMessage);
        var created = await SendAsync(request, Json.CreatedMessage, cancellationToken);
        return created.Id;
    }

    /// <summary><c>POST /interactions/{id}/{token}/callback</c>: the first answer to a gateway interaction (no bot token needed).</summary>
    public Task CreateInteractionResponseAsync(string interactionId, string token, byte[] body, CancellationToken cancellationToken)
    {
        var request = Unauthenticated(HttpMethod.Post, $"interactions/{interactionId}/{token}/callback", "interactions/{interaction_id}/{token}/callback", interactionId);
        request.Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        return SendAsync(request, cancellationToken);
    }

    /// <summary><c>PATCH /webhooks/{application_id}/{token}/messages/@original</c>: replaces a deferred answer.</summary>
    public Task EditOriginalResponseAsync(string applicationId, string token, DiscordMessage message, CancellationToken cancellationToken)
    {
        var request = Unauthenticated(HttpMethod.Patch, $"webhooks/{applicationId}/{token}/messages/@original", "webhooks/{application_id}/{token}/messages/@original", $"{applicationId}/{token}");
        request.Content = Body(message, Json.DiscordMessage);
        return SendAsync(request, cancellationToken);
    }

    /// <summary><c>DELETE /webhooks/{application_id}/{token}/messages/@original</c>: removes a deferred answer again.</summary>
    public Task DeleteOriginalResponseAsync(string applicationId, string token, CancellationToken cancellationToken) =>
        SendAsync(
            Unauthenticated(HttpMethod.Delete, $"webhooks/{applicationId}/{token}/messages/@original", "webhooks/{application_id}/{token}/messages/@original", $"{applicationId}/{token}"),
            cancellationToken);

    public async Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(string applicationId, string? guildId, CancellationToken cancellationToken)
    {
        var (path, template, major) = CommandsRoute(applicationId, guildId);
        return await SendAsync(Bot(HttpMethod.Get, path, template, major), Json.ListApplicationCommand, cancellationToken);
    }

    public async Task<IReadOnlyList<ApplicationCommand>> OverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var (path, template, major) = CommandsRoute(applicationId, guildId);
        var request = Bot(HttpMethod.Put, path, template, major);
        request.Content = Body(commands.ToList(), Json.ListApplicationCommand);
        return await SendAsync(request, Json.ListApplicationCommand, cancellationToken);
    }

    private static (string Path, string Template, string Major) CommandsRoute(string applicationId, string? guildId) =>
        guildId is null
            ? ($"applications/{applicationId}/commands", "applications/{application_id}/commands", applicationId)
            : ($"applications/{applicationId}/guilds/{guildId}/commands", "applications/{application_id}/guilds/{guild_id}/commands", guildId);

    private HttpRequestMessage Bot(HttpMethod method, string path, string template, string major)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Options.Set(DiscordRoute.OptionKey, new DiscordRoute(method, template, major, UsesBotToken: true));
        var token = options.Value.BotToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new InvalidOperationException("Discord:BotToken (Discord__BotToken) is required for this call.");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token.Trim());
        return request;
    }

    private static HttpRequestMessage Unauthenticated(HttpMethod method, string path, string template, string major)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Options.Set(DiscordRoute.OptionKey, new DiscordRoute(method, template, major, UsesBotToken: false));
        return request;
    }

    private static ByteArrayContent Body<T>(T value, JsonTypeInfo<T> typeInfo) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

    private async Task SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, cancellationToken);
            await EnsureSuccessAsync(request, response, cancellationToken);
        }
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, cancellationToken);
            await EnsureSuccessAsync(request, response, cancellationToken);
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            await using (stream)
            {
                return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken)
                    ?? throw new DiscordRestException($"Discord answered {Route(request)} with an empty body.");
            }
        }
    }

    private async Task EnsureSuccessAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        DiscordError? error = null;
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            error = body.Length == 0 ? null : JsonSerializer.Deserialize(body, Json.DiscordError);
        }
        catch (JsonException)
        {
            // Not Discord's JSON (a proxy page); the status code says enough.
        }

        var route = Route(request);
        Log.RequestFailed(logger, route, (int)response.StatusCode, error?.Code, error?.Message);
        metrics.RestError(route, (int)response.StatusCode);
        throw new DiscordRestException(route, response.StatusCode, error?.Code, error?.Message);
    }

    private static string Route(HttpRequestMessage request) =>
        request.Options.TryGetValue(DiscordRoute.OptionKey, out var route) ? route.ToString() : request.Method.Method;
}
