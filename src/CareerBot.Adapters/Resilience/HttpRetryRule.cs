using System.Net;
using System.Net.Sockets;
using Polly;
using Polly.Timeout;

namespace CareerBot.Adapters.Resilience;

/// <summary>
/// Which failed HTTP attempts both REST clients send again. A call that is safe to repeat (any method but POST, or a
/// POST marked <see cref="Idempotent"/>) is retried after any transient failure. A POST that may post a message or
/// acknowledge an interaction is retried only when the peer certainly did not carry it out: a 429, a status the
/// platform documents as "not processed" (<see cref="NotCarriedOut"/>), or a connection that never opened. After a
/// timeout, a dropped connection or a 5xx the peer may already have acted, and a second attempt would post twice.
/// </summary>
/// <param name="notCarriedOut">Statuses besides 429 that prove a POST was not carried out on this platform.</param>
public sealed class HttpRetryRule(params HttpStatusCode[] notCarriedOut)
{
    /// <summary>Marks a request safe to send twice (Slack's reads are POSTs); false marks any method as a post.</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("CareerBot.Adapters.Idempotent");

    private readonly HashSet<HttpStatusCode> _notCarriedOut = [HttpStatusCode.TooManyRequests, .. notCarriedOut];

    /// <summary>The statuses, 429 included, that prove a POST was not carried out.</summary>
    public IReadOnlyCollection<HttpStatusCode> NotCarriedOut => _notCarriedOut;

    /// <param name="request">The request; null (unknown) counts as a post.</param>
    /// <param name="outcome">What the attempt ended with.</param>
    /// <param name="cancellationToken">The caller's token: a cancelled call is never retried.</param>
    public bool ShouldRetry(HttpRequestMessage? request, Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        return IsSafeToRepeat(request) ? IsTransient(outcome) : WasNotCarriedOut(outcome);
    }

    public static bool IsSafeToRepeat(HttpRequestMessage? request) =>
        request is not null && (request.Options.TryGetValue(Idempotent, out var idempotent) ? idempotent : request.Method != HttpMethod.Post);

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
            or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout;

    public bool WasNotCarriedOut(Outcome<HttpResponseMessage> outcome) =>
        IsConnectFailure(outcome.Exception)
        || (outcome.Result is { } response && _notCarriedOut.Contains(response.StatusCode));

    /// <summary>The request never left: the name did not resolve, the connection or its TLS handshake failed.</summary>
    private static bool IsConnectFailure(Exception? exception) =>
        exception is HttpRequestException failure
        && (failure.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                or HttpRequestError.SecureConnectionError
            || failure.InnerException is SocketException);
}
