using System.Security.Cryptography;
using CareerBot.Storage.Users;

namespace CareerBot.Storage.Tests.Users;

public sealed class UserHasherTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void Hash_IsStable_AndNeverTheId()
    {
        var hasher = new UserHasher(Key);

        var hash = hasher.Hash("slack", "U0123ABC");

        Assert.Equal(hash, new UserHasher(Key).Hash("slack", "U0123ABC"));
        Assert.Matches("^[0-9a-f]{32}$", hash);
        Assert.DoesNotContain("U0123ABC", hash, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Hash_DependsOnTheKeyAndThePlatform()
    {
        var hasher = new UserHasher(Key);

        Assert.NotEqual(hasher.Hash("slack", "42"), hasher.Hash("discord", "42"));
        Assert.NotEqual(hasher.Hash("slack", "42"), new UserHasher(RandomNumberGenerator.GetBytes(32)).Hash("slack", "42"));
        // Without the key, a plain hash of the id does not match: a copy of the database alone is not enough.
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData("slack\n42"u8), 0, 16), hasher.Hash("slack", "42"));
    }

    [Fact]
    public void ShortKey_IsRefused() => Assert.Throws<ArgumentException>(() => new UserHasher(new byte[16]));
}
