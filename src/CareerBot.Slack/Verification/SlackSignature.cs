using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Slack.Verification;

/// <summary>
/// Slack's v0 request signature: <c>v0=hex(HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + raw body))</c>,
/// accepted only within five minutes of now (either side) and compared in constant time.
/// </summary>
internal static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    public static SignatureCheck Verify(
        string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signingSecret);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.MalformedTimestamp;
        }

        var skew = Math.Abs(now.ToUnixTimeSeconds() - seconds);
        if (skew > (long)MaxClockSkew.TotalSeconds)
        {
            return SignatureCheck.StaleTimestamp;
        }

        Span<byte> expected = stackalloc byte[Prefix.Length + (HMACSHA256.HashSizeInBytes * 2)];
        Compute(signingSecret, timestamp, body, expected);
        var actualLength = Encoding.ASCII.GetMaxByteCount(signature.Length);
        Span<byte> actual = actualLength <= 256 ? stackalloc byte[actualLength] : new byte[actualLength];
        var written = Encoding.ASCII.GetBytes(signature, actual);
        return CryptographicOperations.FixedTimeEquals(expected, actual[..written])
            ? SignatureCheck.Valid
            : SignatureCheck.BadSignature;
    }

    /// <summary>The header value Slack would send for this timestamp and body.</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> signature = stackalloc byte[Prefix.Length + (HMACSHA256.HashSizeInBytes * 2)];
        Compute(signingSecret, timestamp, body, signature);
        return Encoding.ASCII.GetString(signature);
    }

    private static ReadOnlySpan<byte> Prefix => "v0="u8;

    private static void Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(signingSecret));
        hmac.AppendData("v0:"u8);
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp));
        hmac.AppendData(":"u8);
        hmac.AppendData(body);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        hmac.GetHashAndReset(mac);
        Prefix.CopyTo(destination);
        var hex = Convert.ToHexStringLower(mac);
        Encoding.ASCII.GetBytes(hex, destination[Prefix.Length..]);
    }
}
