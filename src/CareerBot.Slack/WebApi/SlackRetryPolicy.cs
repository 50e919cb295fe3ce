using System.Net;
using System.Net.Sockets;
using Polly;
using Polly.Timeout;

namespace CareerBot.Slack.WebApi;

/// <summary>
/// Which failed attempts are sent again. A read (<c>auth.test</c>, <c>apps.connections.open</c>,
/// <c>conversations.open</c>, <c>users.info</c>) is retried after any transient failure. Anything that posts is
/// retried only when Slack certainly did not act on it: a 429 (after its Retry-After), a 503, or a failure to connect.
/// After a timeout, a dropped connection or a gateway error Slack may already have posted, and a second attempt would
/// post the message twice.
/// </summary>
internal static class SlackRetryPolicy
{
    /// <summary>Set on a request that is safe to send twice; requests without it are treated as posts.</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("CareerBot.Slack.Idempotent");

    public static bool ShouldRetry(HttpRequestMessage? request, Outcome<HttpResponseMessage> outcome) =>
        request is not null && request.Options.TryGetValue(Idempotent, out var idempotent) && idempotent
            ? ShouldRetryRead(outcome)
            : ShouldRetryPost(outcome);

    public static bool ShouldRetryRead(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    public static bool ShouldRetryPost(Outcome<HttpResponseMessage> outcome) =>
        IsConnectFailure(outcome.Exception)
        || outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    /// <summary>The request never reached Slack: the name did not resolve or the connection could not be opened.</summary>
    private static bool IsConnectFailure(Exception? exception) =>
        exception is HttpRequestException failure
        && (failure.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            || failure.InnerException is SocketException);
}
