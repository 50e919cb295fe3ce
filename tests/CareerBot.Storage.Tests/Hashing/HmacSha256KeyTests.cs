using System.Security.Cryptography;
using CareerBot.Storage.Hashing;

namespace CareerBot.Storage.Tests.Hashing;

public sealed class HmacSha256KeyTests
{
    private static readonly byte[] KeyA = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] KeyB = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void Compute_RepeatedAndInterleavedWithAnotherKey_IsAlwaysTheOneShotHmacOfBothParts()
    {
        var a = new HmacSha256Key(KeyA);
        var b = new HmacSha256Key(KeyB);

        // The kept state is reset after each use: no call sees what an earlier one fed it, under either key.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HMACSHA256.HashData(KeyA, "v0:1:body"u8), Mac(a, "v0:1:"u8, "body"u8));
            Assert.Equal(HMACSHA256.HashData(KeyB, "slack\nU1"u8), Mac(b, "slack\nU1"u8, []));
            Assert.Equal(HMACSHA256.HashData(KeyA, "other"u8), Mac(a, [], "other"u8));
        }
    }

    [Fact]
    public async Task Compute_OnManyThreadsAtOnce_EachGetsItsOwnCorrectMac()
    {
        var key = new HmacSha256Key(KeyA);

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
        {
            var data = BitConverter.GetBytes(i);
            return Mac(key, data, data).SequenceEqual(HMACSHA256.HashData(KeyA, data.Concat(data).ToArray()));
        })));

        Assert.All(results, Assert.True);
    }

    [Fact]
    public void Compute_DestinationTooShort_Throws()
    {
        var key = new HmacSha256Key(KeyA);

        Assert.Throws<ArgumentOutOfRangeException>(() => key.Compute("x"u8, [], new byte[HmacSha256Key.HashSizeInBytes - 1]));
    }

    private static byte[] Mac(HmacSha256Key key, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        var mac = new byte[HmacSha256Key.HashSizeInBytes];
        key.Compute(first, second, mac);
        return mac;
    }
}
