using System.Net;
using CareerBot.Slack.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.WebApi;

/// <summary>
/// Posts to the <c>response_url</c> of a slash command or a click (up to five times within 30 minutes).
/// Only https URLs are used, or http to a loopback address for local testing.
/// </summary>
internal sealed partial class ResponseUrlClient(IHttpClientFactory httpClientFactory, SlackMetrics metrics, ILogger<ResponseUrlClient> logger)
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
        using var content = SlackJson.Content(message);
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsync(responseUrl, content, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            Fail("connection_failed");
            throw new SlackApiException("response_url", "connection_failed", ex);
        }
        catch (Polly.Timeout.TimeoutRejectedException ex)
        {
            Fail("timeout");
            throw new SlackApiException("response_url", "timeout", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                // Slack answers a used-up or expired response_url with a short code such as "expired_url".
                var body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
                var error = ErrorCode().IsMatch(body) ? body : $"http_{(int)response.StatusCode}";
                Fail(error);
                throw new SlackApiException("response_url", error);
            }
        }
    }

    private void Fail(string error)
    {
        Log.CallFailed(logger, "response_url", error);
        metrics.ApiError("response_url", error);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z_]{1,40}$")]
    private static partial System.Text.RegularExpressions.Regex ErrorCode();
}
