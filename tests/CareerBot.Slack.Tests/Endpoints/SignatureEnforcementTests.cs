using System.Globalization;
using System.Net;
using System.Text;
using CareerBot.Slack.Tests.Peers;

namespace CareerBot.Slack.Tests.Endpoints;

/// <summary>Every Slack endpoint refuses what Slack did not sign, before anything is parsed or answered.</summary>
public sealed class SignatureEnforcementTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly FakeSlack _slack = fixture.Slack;
    private readonly BotUnderTest _bot = fixture.Bot;
    private readonly CannedResponder _engine = fixture.Engine;

    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "/slack/commands", SlackRequests.SlashCommand("salary senior"), SlackRequests.FormContentType },
        { "/slack/events", SlackRequests.EventCallback("Ev0FORGED", SlackRequests.AppMention("<@U0BOT> salary senior")), SlackRequests.JsonContentType },
        { "/slack/interactions", SlackRequests.Interaction(SlackRequests.BlockActions("careerbot.share", "salary", new Uri("https://hooks.slack.com/x"))), SlackRequests.FormContentType },
    };

    /// <summary>Slack's certificate check: verified like any other request, so a forged one must not get its 200.</summary>
    public static TheoryData<string, string, string> SslCheck => new()
    {
        { "/slack/commands", "ssl_check=1&token=x", SlackRequests.FormContentType },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    [MemberData(nameof(SslCheck))]
    public async Task ForgedSignature_Gets401AndNothingHappens(string path, string body, string contentType)
    {
        using var request = SlackRequests.Signed(new Uri(_bot.BaseAddress, path), body, contentType, secret: "not-the-signing-secret-00000000");

        await AssertRejectedAsync(request, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    [MemberData(nameof(SslCheck))]
    public async Task TimestampSixMinutesOld_Gets401(string path, string body, string contentType)
    {
        var stale = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = SlackRequests.Signed(new Uri(_bot.BaseAddress, path), body, contentType, timestamp: stale);

        await AssertRejectedAsync(request, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    [MemberData(nameof(SslCheck))]
    public async Task TimestampSixMinutesAhead_Gets401(string path, string body, string contentType)
    {
        var future = DateTimeOffset.UtcNow.AddMinutes(6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = SlackRequests.Signed(new Uri(_bot.BaseAddress, path), body, contentType, timestamp: future);

        await AssertRejectedAsync(request, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    [MemberData(nameof(SslCheck))]
    public async Task MissingSignatureHeader_Gets401(string path, string body, string contentType)
    {
        using var request = SlackRequests.Signed(new Uri(_bot.BaseAddress, path), body, contentType);
        request.Headers.Remove("X-Slack-Signature");

        await AssertRejectedAsync(request, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    [MemberData(nameof(SslCheck))]
    public async Task MissingTimestampHeader_Gets401(string path, string body, string contentType)
    {
        using var request = SlackRequests.Signed(new Uri(_bot.BaseAddress, path), body, contentType);
        request.Headers.Remove("X-Slack-Request-Timestamp");

        await AssertRejectedAsync(request, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task BodyAlteredAfterSigning_Gets401(string path, string body, string contentType)
    {
        var timestamp = SlackRequests.Now();
        var signature = SlackRequests.Sign(BotUnderTest.SigningSecret, timestamp, body);
        using var request = SlackRequests.Signed(new Uri(_bot.BaseAddress, path), body.Replace("salary", "SALARY", StringComparison.Ordinal), contentType, timestamp, signature);

        await AssertRejectedAsync(request, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task OversizedBody_Gets413WithoutBeingRead(string path, string body, string contentType)
    {
        var huge = body + "&padding=" + new string('x', 64 * 1024);
        using var request = SlackRequests.Signed(new Uri(_bot.BaseAddress, path), huge, contentType);

        await AssertRejectedAsync(request, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task OversizedChunkedBodyWithoutContentLength_Gets413()
    {
        var huge = SlackRequests.SlashCommand("salary") + "&padding=" + new string('x', 70 * 1024);
        using var request = SlackRequests.Signed(new Uri(_bot.BaseAddress, "/slack/commands"), huge, SlackRequests.FormContentType);
        request.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        request.Headers.TransferEncodingChunked = true;

        await AssertRejectedAsync(request, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task UnsignedSslCheck_Gets401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_bot.BaseAddress, "/slack/commands"))
        {
            Content = new StringContent("ssl_check=1&token=x", Encoding.UTF8, SlackRequests.FormContentType),
        };

        await AssertRejectedAsync(request, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnsignedUrlVerification_DoesNotEchoTheChallenge()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_bot.BaseAddress, "/slack/events"))
        {
            Content = new StringContent("""{"type":"url_verification","challenge":"steal-me","token":"x"}""", Encoding.UTF8, SlackRequests.JsonContentType),
        };

        using var response = await _bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("steal-me", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/slack/commands", "%%%not a form", SlackRequests.FormContentType)]
    [InlineData("/slack/commands", "text=salary", SlackRequests.FormContentType)]
    [InlineData("/slack/events", "{\"type\":\"event_callback\",\"event\":", SlackRequests.JsonContentType)]
    [InlineData("/slack/events", "[1,2,3]", SlackRequests.JsonContentType)]
    [InlineData("/slack/events", "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":\"not an object\"}", SlackRequests.JsonContentType)]
    [InlineData("/slack/events", "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"app_mention\",\"ts\":12}}", SlackRequests.JsonContentType)]
    [InlineData("/slack/events", "{\"type\":\"url_verification\"}", SlackRequests.JsonContentType)]
    [InlineData("/slack/interactions", "payload=%7Bnot-json", SlackRequests.FormContentType)]
    [InlineData("/slack/interactions", "nothing=here", SlackRequests.FormContentType)]
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%7D", SlackRequests.FormContentType)]
    public async Task SignedButMalformed_Gets400(string path, string body, string contentType)
    {
        using var request = SlackRequests.Signed(new Uri(_bot.BaseAddress, path), body, contentType);

        await AssertRejectedAsync(request, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task InvalidUtf8Form_Gets400()
    {
        var bytes = new byte[] { (byte)'t', (byte)'e', (byte)'x', (byte)'t', (byte)'=', 0xC3, 0x28 };
        var timestamp = SlackRequests.Now();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_bot.BaseAddress, "/slack/commands")) { Content = new ByteArrayContent(bytes) };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(BotUnderTest.SigningSecret), (byte[])[.. Encoding.ASCII.GetBytes($"v0:{timestamp}:"), .. bytes])));

        await AssertRejectedAsync(request, HttpStatusCode.BadRequest);
    }

    private async Task AssertRejectedAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        using var response = await _bot.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        await Task.Delay(20);
        Assert.Empty(_engine.Requests);
        Assert.DoesNotContain(_slack.Calls, call => call.Method != "auth.test");
    }
}
