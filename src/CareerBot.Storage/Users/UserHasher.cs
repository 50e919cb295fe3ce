using System.Text;
using CareerBot.Storage.Hashing;

namespace CareerBot.Storage.Users;

/// <summary>
/// Turns a platform user id into what the store keeps: HMAC-SHA256 under a key that never enters the database
/// (<see cref="UserKeys"/>), so a copy of the database alone cannot be turned back into ids, not even by hashing
/// every possible id. The platform is part of the input: the same id on two platforms is two people.
/// </summary>
public sealed class UserHasher
{
    private readonly HmacSha256Key _key;

    public UserHasher(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < UserKeys.MinimumKeyBytes)
        {
            throw new ArgumentException($"The user key must be at least {UserKeys.MinimumKeyBytes} bytes.", nameof(key));
        }

        _key = new HmacSha256Key(key);
    }

    /// <summary>32 lower-case hex characters (the first 128 bits of the HMAC).</summary>
    public string Hash(string platform, string userId)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(userId);
        var input = Encoding.UTF8.GetBytes(platform + "\n" + userId);
        Span<byte> mac = stackalloc byte[HmacSha256Key.HashSizeInBytes];
        _key.Compute(input, [], mac);
        return Convert.ToHexStringLower(mac[..16]);
    }
}
