namespace CareerBot.Slack.Verification;

/// <summary>The outcome of checking a request's <c>X-Slack-Signature</c>.</summary>
internal enum SignatureCheck
{
    Valid,
    MissingHeaders,
    MalformedTimestamp,
    StaleTimestamp,
    BadSignature,
}
