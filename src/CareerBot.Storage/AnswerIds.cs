using System.Buffers.Text;
using System.Security.Cryptography;

namespace CareerBot.Storage;

/// <summary>
/// Answer ids: 16 random bytes, base64url (22 characters), short enough for a Discord <c>custom_id</c> with room to
/// spare and impossible to guess, so a vote cannot be cast on an answer the voter never saw.
/// </summary>
public static class AnswerIds
{
    public const int Length = 22;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>True for what <see cref="New"/> makes: 22 base64url characters.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
