using Microsoft.AspNetCore.Http;

namespace CareerBot.Slack.Verification;

/// <summary>The raw request body, set as a request feature only after its signature was verified.</summary>
internal sealed record VerifiedSlackBody(byte[] Bytes)
{
    /// <summary>The verified body; throws when the endpoint is mapped without <see cref="SlackSignatureFilter"/>.</summary>
    public static byte[] Of(HttpContext context) =>
        context.Features.Get<VerifiedSlackBody>()?.Bytes
        ?? throw new InvalidOperationException("A Slack endpoint ran without the signature filter.");
}
