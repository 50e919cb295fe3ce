using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.Adapters.Resilience;
using CareerBot.Slack.Configuration;
using CareerBot.Slack.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CareerBot.Slack.WebApi;

/// <summary>
/// The Web API methods the adapter calls. Every response's <c>ok</c> is checked; failures are retried by the
/// resilience handler of the named client as <see cref="HttpRetryRule"/> allows (a post only when Slack certainly
/// did not act on it, a 429 after its <c>Retry-After</c>); messages are paced per channel.
/// </summary>
internal sealed class SlackWebApiClient(
    IHttpClientFactory httpClientFactory,
    IOptions<SlackOptions> options,
    ChannelPacer pacer,
    SlackMetrics metrics,
    TimeProvider timeProvider,
    ILogger<SlackWebApiClient> logger)
{
    public const string HttpClientName = "CareerBot.Slack.WebApi";

    /// <summary><c>auth.test</c> with the bot token: the bot's own user and bot ids.</summary>
    public async Task<SlackBotIdentity> AuthTestAsync(CancellationToken cancellationToken)
    {
        var result = await CallAsync("auth.test", FormBody([]), BotToken, Read, cancellationToken);
        var userId = result.GetStringOrNull("user_id") ?? throw new SlackApiException("auth.test", "missing_user_id");
        return new SlackBotIdentity(userId, result.GetStringOrNull("bot_id"), result.GetStringOrNull("team_id"));
    }

    /// <summary><c>chat.postMessage</c>; returns the new message's <c>ts</c>.</summary>
    public async Task<string?> PostMessageAsync(PostMessageRequest message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await pacer.WaitTurnAsync(message.Channel, cancellationToken);
        var result = await CallAsync("chat.postMessage", JsonBody(message), BotToken, Post, cancellationToken);
        return result.GetStringOrNull("ts");
    }

    /// <summary><c>chat.postEphemeral</c>: a message only <see cref="PostEphemeralRequest.User"/> sees.</summary>
    public async Task PostEphemeralAsync(PostEphemeralRequest message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await pacer.WaitTurnAsync(message.Channel, cancellationToken);
        await CallAsync("chat.postEphemeral", JsonBody(message), BotToken, Post, cancellationToken);
    }

    /// <summary><c>conversations.open</c>: the id of the DM with <paramref name="userId"/>.</summary>
    public async Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken)
    {
        var result = await CallAsync("conversations.open", JsonBody(new { users = userId }), BotToken, Read, cancellationToken);
        return result.TryGetProperty("channel", out var channel) && channel.GetStringOrNull("id") is { } id
            ? id
            : throw new SlackApiException("conversations.open", "missing_channel");
    }

    /// <summary><c>users.info</c>: whether a user is a bot or deactivated.</summary>
    public async Task<SlackUser> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var result = await CallAsync("users.info", FormBody([new("user", userId)]), BotToken, Read, cancellationToken);
        if (!result.TryGetProperty("user", out var user) || user.ValueKind != JsonValueKind.Object)
        {
            throw new SlackApiException("users.info", "missing_user");
        }

        return user.Deserialize<SlackUser>(SlackJson.Options) ?? throw new SlackApiException("users.info", "missing_user");
    }

    /// <summary><c>apps.connections.open</c> with the app token: a fresh Socket Mode URL.</summary>
    public async Task<Uri> OpenSocketModeConnectionAsync(CancellationToken cancellationToken)
    {
        var appToken = options.Value.AppToken ?? throw new InvalidOperationException("Slack:AppToken is not set.");
        var result = await CallAsync("apps.connections.open", FormBody([]), appToken, Read, cancellationToken);
        return Uri.TryCreate(result.GetStringOrNull("url"), UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeWss || url.Scheme == Uri.UriSchemeWs)
            ? url
            : throw new SlackApiException("apps.connections.open", "missing_url");
    }

    private const bool Read = true;
    private const bool Post = false;

    private string BotToken => options.Value.BotToken ?? throw new InvalidOperationException("Slack:BotToken is not set.");

    /// <param name="idempotent">True for reads, which may be sent again after any transient failure; false for posts
    /// (see <see cref="HttpRetryRule"/>).</param>
    private async Task<JsonElement> CallAsync(string method, HttpContent content, string token, bool idempotent, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.ApiBaseUrl, method)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Options.Set(HttpRetryRule.Idempotent, idempotent);

        HttpResponseMessage response;
        try
        {
            // Headers only: the pipeline's per-attempt timeout covers them; the body is read below under its own timeout.
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw Failed(method, "connection_failed", ex);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Failed(method, "timeout", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw Failed(method, (int)response.StatusCode == 429 ? "ratelimited" : $"http_{(int)response.StatusCode}");
            }

            var root = await ReadJsonAsync(method, response, cancellationToken);
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
            {
                throw Failed(method, root.ValueKind == JsonValueKind.Object ? root.GetStringOrNull("error") ?? "unknown_error" : "invalid_json");
            }

            return root;
        }
    }

    /// <summary>The body, read under its own timeout: the pipeline's attempt timeout ends with the headers.</summary>
    private async Task<JsonElement> ReadJsonAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var readTimeout = new CancellationTokenSource(options.Value.ApiAttemptTimeout, timeProvider);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, readTimeout.Token);
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(reading.Token);
            using var document = await JsonDocument.ParseAsync(body, default, reading.Token);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw Failed(method, "invalid_json", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failed(method, "timeout", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw Failed(method, "connection_failed", ex);
        }
    }

    /// <summary>Logs and counts a failed call; the exception to throw.</summary>
    private SlackApiException Failed(string method, string error, Exception? innerException = null)
    {
        Log.CallFailed(logger, method, error);
        metrics.ApiError(method, error);
        return new SlackApiException(method, error, innerException);
    }

    private static ByteArrayContent JsonBody<T>(T body) => SlackJson.Content(body);

    private static FormUrlEncodedContent FormBody(KeyValuePair<string, string>[] fields) => new(fields);
}
