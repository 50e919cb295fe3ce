using System.Text;
using CareerBot.Slack.Verification;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Slack.Tests.Verification;

public sealed class SlackSignatureTests
{
    // Slack's documented worked example (api.slack.com, "Verifying requests from Slack").
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly byte[] BodyBytes = Encoding.UTF8.GetBytes(Body);

    private static DateTimeOffset At(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);

    [Fact]
    public void Verify_SlacksWorkedExample_IsValid()
    {
        var clock = new FakeTimeProvider(At(1531420618));

        Assert.Equal(SignatureCheck.Valid, SlackSignature.Verify(Secret, Timestamp, Expected, BodyBytes, clock.GetUtcNow()));
        Assert.Equal(Expected, SlackSignature.Sign(Secret, Timestamp, BodyBytes));
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Verify_TimestampExactlyFiveMinutesAway_IsValid(int offsetSeconds) =>
        Assert.Equal(SignatureCheck.Valid, SlackSignature.Verify(Secret, Timestamp, Expected, BodyBytes, At(1531420618 + offsetSeconds)));

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(86_400)]
    public void Verify_TimestampMoreThanFiveMinutesAwayEitherSide_RejectsAsStale(int offsetSeconds) =>
        Assert.Equal(SignatureCheck.StaleTimestamp, SlackSignature.Verify(Secret, Timestamp, Expected, BodyBytes, At(1531420618 + offsetSeconds)));

    [Fact]
    public void Verify_BodyChangedAfterSigning_Rejects()
    {
        var altered = Encoding.UTF8.GetBytes(Body.Replace("text=", "text=salary", StringComparison.Ordinal));

        Assert.Equal(SignatureCheck.BadSignature, SlackSignature.Verify(Secret, Timestamp, Expected, altered, At(1531420618)));
    }

    [Fact]
    public void Verify_WrongSecret_Rejects() =>
        Assert.Equal(SignatureCheck.BadSignature, SlackSignature.Verify("another-secret-entirely-000000000", Timestamp, Expected, BodyBytes, At(1531420618)));

    [Fact]
    public void Verify_ReplayedSignatureWithNewTimestamp_Rejects() =>
        Assert.Equal(SignatureCheck.BadSignature, SlackSignature.Verify(Secret, "1531420619", Expected, BodyBytes, At(1531420619)));

    [Theory]
    [InlineData("V0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Verify_SignatureOfAnotherShape_Rejects(string signature) =>
        Assert.Equal(SignatureCheck.BadSignature, SlackSignature.Verify(Secret, Timestamp, signature, BodyBytes, At(1531420618)));

    [Theory]
    [InlineData(null, Expected)]
    [InlineData(Timestamp, null)]
    [InlineData("", Expected)]
    [InlineData(Timestamp, "")]
    public void Verify_MissingHeader_Rejects(string? timestamp, string? signature) =>
        Assert.Equal(SignatureCheck.MissingHeaders, SlackSignature.Verify(Secret, timestamp, signature, BodyBytes, At(1531420618)));

    [Theory]
    [InlineData("15314206l8")]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    [InlineData(" 1531420618")]
    [InlineData("99999999999999999999")]
    public void Verify_TimestampThatIsNotWholeSeconds_Rejects(string timestamp) =>
        Assert.Equal(SignatureCheck.MalformedTimestamp, SlackSignature.Verify(Secret, timestamp, Expected, BodyBytes, At(1531420618)));

    [Fact]
    public void Verify_EmptySecret_RefusesToVerifyAtAll() =>
        Assert.ThrowsAny<ArgumentException>(() => SlackSignature.Verify(" ", Timestamp, Expected, BodyBytes, At(1531420618)));
}
