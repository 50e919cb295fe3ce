using System.Net;
using CareerBot.Slack.Configuration;
using CareerBot.Slack.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CareerBot.Slack.WebApi;

/// <summary>
/// Posts to the <c>response_url</c> of a slash command or a click (up to five times within 30 minutes).
/// Only https URLs are used, or http to a loopback address for local testing.
/// </summary>
internal sealed partial class ResponseUrlClient(
    IHttpClientFactory httpClientFactory,
    IOptions<SlackOptions> options,
    SlackMetrics metrics,
    TimeProvider timeProvider,
    ILogger<ResponseUrlClient> logger)
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
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = SlackJson.Content(message) };
        HttpResponseMessage response;
        try
        {
            // Headers only: the pipeline's per-attempt timeout covers them; an error body is read under its own timeout.
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw Failed("connection_failed", ex);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Failed("timeout", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                // Slack answers a used-up or expired response_url with a short code such as "expired_url".
                var body = await ReadErrorAsync(response, cancellationToken);
                throw Failed(body is not null && ErrorCode().IsMatch(body) ? body : $"http_{(int)response.StatusCode}");
            }
        }
    }

    /// <summary>The trimmed error body, or null when it could not be read in time.</summary>
    private async Task<string?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var readTimeout = new CancellationTokenSource(options.Value.ApiAttemptTimeout, timeProvider);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, readTimeout.Token);
        try
        {
            return (await response.Content.ReadAsStringAsync(reading.Token)).Trim();
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    /// <summary>Logs and counts a failed post; the exception to throw.</summary>
    private SlackApiException Failed(string error, Exception? innerException = null)
    {
        Log.CallFailed(logger, "response_url", error);
        metrics.ApiError("response_url", error);
        return new SlackApiException("response_url", error, innerException);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z_]{1,40}$")]
    private static partial System.Text.RegularExpressions.Regex ErrorCode();
}
