using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.WebApi;

/// <summary>
/// Posts to the <c>response_url</c> of a slash command or a click (up to five times within 30 minutes).
/// Only https URLs are used, or http to a loopback address for local testing.
/// </summary>
internal sealed class ResponseUrlClient(IHttpClientFactory httpClientFactory, ILogger<ResponseUrlClient> logger)
{
    public const string HttpClientName = "CareerBot.Slack.ResponseUrl";

    public static bool IsAllowed(Uri? url) =>
        url is { IsAbsoluteUri: true }
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && (url.IsLoopback || IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip))));

    public async Task PostAsync(Uri responseUrl, ResponseMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        if (!IsAllowed(responseUrl))
        {
            throw new SlackApiException("response_url", "invalid_response_url");
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var content = JsonContent.Create(message, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }, SlackJson.Options);
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsync(responseUrl, content, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            Log.CallFailed(logger, "response_url", "connection_failed");
            throw new SlackApiException("response_url", "connection_failed", ex);
        }
        catch (Polly.Timeout.TimeoutRejectedException ex)
        {
            Log.CallFailed(logger, "response_url", "timeout");
            throw new SlackApiException("response_url", "timeout", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var error = body.Length is > 0 and < 100 && !body.Contains('<', StringComparison.Ordinal) ? body.Trim() : $"http_{(int)response.StatusCode}";
                Log.CallFailed(logger, "response_url", error);
                throw new SlackApiException("response_url", error);
            }
        }
    }
}
