using CareerBot.Adapters.Memory;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Interactions;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Interactions;

public sealed class CustomIdCodecTests
{
    private readonly FakeTimeProvider time = new();
    private readonly CustomIdCodec codec;

    public CustomIdCodecTests() => codec = new CustomIdCodec(new MemoryExpiringStore(time), new DiscordTuning { FollowUpLifetime = TimeSpan.FromHours(1) });

    [Fact]
    public void ShortCommand_TravelsAsPlainText()
    {
        var id = codec.Encode(ButtonAction.Run, "salary senior");

        Assert.Equal("r:salary senior", id);
        Assert.Equal(new DecodedCustomId(ButtonAction.Run, "salary senior"), codec.Decode(id));
    }

    [Fact]
    public void LongRepetitiveCommand_IsCompressedIntoTheLimitAndComesBackWhole()
    {
        var command = "ask " + string.Concat(Enumerable.Repeat("what does a machine learning engineer do ", 5));

        var id = codec.Encode(ButtonAction.Post, command);

        Assert.StartsWith("pz:", id, StringComparison.Ordinal);
        Assert.True(id.Length <= 100);
        Assert.Equal(new DecodedCustomId(ButtonAction.Post, command), codec.Decode(id));
    }

    [Fact]
    public void LongIncompressibleCommand_IsKeptAsideThenExpiresWithoutBecomingAnotherCommand()
    {
        var command = "ask " + string.Concat(Enumerable.Range(0, 60).Select(i => (char)('a' + ((i * 7919) % 26)))) + " " + Guid.NewGuid() + Guid.NewGuid();

        var id = codec.Encode(ButtonAction.Run, command);
        var fresh = codec.Decode(id);
        time.Advance(TimeSpan.FromHours(2));
        var expired = codec.Decode(id);

        Assert.StartsWith("rk:", id, StringComparison.Ordinal);
        Assert.True(id.Length <= 100);
        Assert.Equal(command, fresh!.Command);
        Assert.Equal(new DecodedCustomId(ButtonAction.Run, null), expired);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x:help")]
    [InlineData("rq:help")]
    [InlineData("rz:!!!not-base64")]
    public void ForeignOrDamagedIds_RunNothing(string id) =>
        Assert.Null(codec.Decode(id)?.Command);
}
