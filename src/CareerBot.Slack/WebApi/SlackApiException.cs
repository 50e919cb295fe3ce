namespace CareerBot.Slack.WebApi;

/// <summary>A Web API call that Slack refused (<c>ok:false</c>) or that failed at the HTTP level after retries.</summary>
internal sealed class SlackApiException(string method, string error, Exception? innerException = null)
    : Exception($"Slack {method} failed: {error}", innerException)
{
    private static readonly HashSet<string> AuthErrors = new(StringComparer.Ordinal)
    {
        "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type",
    };

    public string Method { get; } = method;

    /// <summary>Slack's error code (<c>channel_not_found</c>, <c>invalid_auth</c>, ...) or <c>http_NNN</c>.</summary>
    public string Error { get; } = error;

    /// <summary>The token is wrong, revoked or of the wrong kind: retrying cannot help.</summary>
    public bool IsAuthFailure => AuthErrors.Contains(Error);
}
