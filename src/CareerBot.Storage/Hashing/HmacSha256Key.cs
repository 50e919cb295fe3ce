using System.Security.Cryptography;

namespace CareerBot.Storage.Hashing;

/// <summary>
/// HMAC-SHA256 under one fixed key, for checks made on every request (Slack's signature, the stored user hash).
/// Setting up a keyed HMAC in OpenSSL costs more than hashing a request body, so each thread keeps this key's
/// state and resets it after each use instead of building a new one per call; a computation never yields its
/// thread, so no two callers ever share a state at once.
/// </summary>
public sealed class HmacSha256Key
{
    /// <summary>The length of a MAC in bytes.</summary>
    public const int HashSizeInBytes = HMACSHA256.HashSizeInBytes;

    private readonly ThreadLocal<IncrementalHash?> _states = new();
    private readonly byte[] _key;

    public HmacSha256Key(ReadOnlySpan<byte> key) => _key = key.ToArray();

    /// <summary>Writes the MAC of <paramref name="first"/> followed by <paramref name="second"/> into <paramref name="destination"/>.</summary>
    public void Compute(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, HashSizeInBytes, nameof(destination));
        var hash = _states.Value ??= IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        try
        {
            hash.AppendData(first);
            hash.AppendData(second);
            hash.GetHashAndReset(destination);
        }
        catch
        {
            // A state left half-fed must not sign the next call.
            _states.Value = null;
            hash.Dispose();
            throw;
        }
    }
}
