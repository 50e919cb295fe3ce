using CareerBot.Adapters.Memory;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Interactions;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Interactions;

public sealed class CustomIdCodecTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly CustomIdCodec _codec;

    public CustomIdCodecTests() => _codec = new CustomIdCodec(new MemoryExpiringStore(_time), new DiscordTuning { FollowUpLifetime = TimeSpan.FromHours(1) });

    [Fact]
    public void ShortCommand_TravelsAsPlainText()
    {
        var id = _codec.Encode(ButtonAction.Run, "salary senior");

        Assert.Equal("r:salary senior", id);
        Assert.Equal(new DecodedCustomId(ButtonAction.Run, "salary senior"), _codec.Decode(id));
    }

    [Fact]
    public void LongRepetitiveCommand_IsCompressedIntoTheLimitAndComesBackWhole()
    {
        var command = "ask " + string.Concat(Enumerable.Repeat("what does a machine learning engineer do ", 5));

        var id = _codec.Encode(ButtonAction.Post, command);

        Assert.StartsWith("pz:", id, StringComparison.Ordinal);
        Assert.True(id.Length <= 100);
        Assert.Equal(new DecodedCustomId(ButtonAction.Post, command), _codec.Decode(id));
    }

    [Fact]
    public void LongIncompressibleCommand_IsKeptAsideThenExpiresWithoutBecomingAnotherCommand()
    {
        var command = "ask " + string.Concat(Enumerable.Range(0, 60).Select(i => (char)('a' + ((i * 7919) % 26)))) + " " + Guid.NewGuid() + Guid.NewGuid();

        var id = _codec.Encode(ButtonAction.Run, command);
        var fresh = _codec.Decode(id);
        _time.Advance(TimeSpan.FromHours(2));
        var expired = _codec.Decode(id);

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
        Assert.Null(_codec.Decode(id)?.Command);
}
