using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace CareerBot.Storage;

/// <summary>
/// Answer ids: 16 bytes (random, or the time and 10 random bytes: <see cref="New(DateTimeOffset)"/>), base64url (22 characters), short enough for a Discord <c>custom_id</c> with room to
/// spare and impossible to guess, so a vote cannot be cast on an answer the voter never saw.
/// </summary>
public static class AnswerIds
{
    public const int Length = 22;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// An id for an answer given at <paramref name="at"/>: 6 bytes of the time in milliseconds, then 10 random bytes
    /// (80 bits, still impossible to guess), 22 base64url characters like <see cref="New()"/>. Ids made together share
    /// their first characters, so the store's unique index on them takes each batch of questions into one or two
    /// pages instead of one random page per question (in a large database those random pages were most of what a
    /// commit wrote and read).
    /// </summary>
    public static string New(DateTimeOffset at)
    {
        Span<byte> time = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(time, at.ToUnixTimeMilliseconds());
        Span<byte> id = stackalloc byte[16];
        time[2..].CopyTo(id);
        RandomNumberGenerator.Fill(id[6..]);
        return Base64Url.EncodeToString(id);
    }

    /// <summary>True for what <see cref="New"/> makes: 22 base64url characters.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
