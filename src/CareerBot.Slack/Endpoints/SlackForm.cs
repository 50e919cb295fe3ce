using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace CareerBot.Slack.Endpoints;

/// <summary>Parses an <c>application/x-www-form-urlencoded</c> body that has already been verified.</summary>
internal static class SlackForm
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The fields, or null when the body is not UTF-8 form data.</summary>
    public static Dictionary<string, StringValues>? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            using var reader = new FormReader(StrictUtf8.GetString(body));
            return reader.ReadForm();
        }
        catch (Exception ex) when (ex is DecoderFallbackException or InvalidDataException)
        {
            return null;
        }
    }
}
