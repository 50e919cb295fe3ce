using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CareerBot.Storage.Hashing;

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
        return Verify(KeyOf(signingSecret), timestamp, signature, body, now);
    }

    /// <summary>The check with the signing secret's key made once (<see cref="KeyOf"/>): what every request uses.</summary>
    public static SignatureCheck Verify(
        HmacSha256Key key, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
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
        Compute(key, timestamp, body, expected);
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
        Compute(KeyOf(signingSecret), timestamp, body, signature);
        return Encoding.ASCII.GetString(signature);
    }

    /// <summary>The HMAC key of a signing secret.</summary>
    public static HmacSha256Key KeyOf(string signingSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signingSecret);
        return new HmacSha256Key(Encoding.UTF8.GetBytes(signingSecret));
    }

    private static ReadOnlySpan<byte> Prefix => "v0="u8;

    private static void Compute(HmacSha256Key key, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        // "v0:" + timestamp + ":", then the body.
        var headLength = Encoding.ASCII.GetByteCount(timestamp) + 4;
        Span<byte> head = headLength <= 64 ? stackalloc byte[headLength] : new byte[headLength];
        "v0:"u8.CopyTo(head);
        Encoding.ASCII.GetBytes(timestamp, head[3..]);
        head[^1] = (byte)':';
        Span<byte> mac = stackalloc byte[HmacSha256Key.HashSizeInBytes];
        key.Compute(head, body, mac);
        Prefix.CopyTo(destination);
        var hex = Convert.ToHexStringLower(mac);
        Encoding.ASCII.GetBytes(hex, destination[Prefix.Length..]);
    }
}
