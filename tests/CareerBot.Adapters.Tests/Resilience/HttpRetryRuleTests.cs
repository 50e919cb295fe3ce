using System.Net;
using System.Net.Sockets;
using CareerBot.Adapters.Resilience;
using Polly;
using Polly.Timeout;

namespace CareerBot.Adapters.Tests.Resilience;

public sealed class HttpRetryRuleTests
{
    private static readonly HttpRetryRule Slack = new(HttpStatusCode.ServiceUnavailable);
    private static readonly HttpRetryRule Discord = new();

    public static TheoryData<Exception> NeverReachedThePeer => new()
    {
        new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:1)", new SocketException((int)SocketError.ConnectionRefused)),
        new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known"),
        new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established"),
        new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)),
    };

    public static TheoryData<Exception> MayHaveReachedThePeer => new()
    {
        new TimeoutRejectedException("attempt timed out"),
        new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."),
        new HttpRequestException("Error while copying content", new IOException("reset", new SocketException((int)SocketError.ConnectionReset))),
        new HttpRequestException(HttpRequestError.Unknown, "An error occurred while sending the request."),
    };

    [Theory]
    [MemberData(nameof(NeverReachedThePeer))]
    public void Post_IsRetried_WhenTheRequestNeverLeft(Exception failure)
    {
        Assert.True(Slack.ShouldRetry(Post(), Outcome.FromException<HttpResponseMessage>(failure)));
        Assert.True(Discord.ShouldRetry(Post(), Outcome.FromException<HttpResponseMessage>(failure)));
    }

    [Theory]
    [MemberData(nameof(MayHaveReachedThePeer))]
    public void Post_IsNotRetried_WhenThePeerMayHaveActed(Exception failure)
    {
        Assert.False(Slack.ShouldRetry(Post(), Outcome.FromException<HttpResponseMessage>(failure)));
        Assert.False(Discord.ShouldRetry(Post(), Outcome.FromException<HttpResponseMessage>(failure)));
    }

    [Theory]
    [MemberData(nameof(MayHaveReachedThePeer))]
    [MemberData(nameof(NeverReachedThePeer))]
    public void SafeToRepeat_IsRetried_AfterAnyTransientFailure(Exception failure)
    {
        Assert.True(Slack.ShouldRetry(MarkedRead(), Outcome.FromException<HttpResponseMessage>(failure)));
        Assert.True(Discord.ShouldRetry(new HttpRequestMessage(HttpMethod.Get, "https://discord.test/gateway/bot"), Outcome.FromException<HttpResponseMessage>(failure)));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true, false)]
    [InlineData(HttpStatusCode.BadGateway, false, false)]
    [InlineData(HttpStatusCode.GatewayTimeout, false, false)]
    [InlineData(HttpStatusCode.RequestTimeout, false, false)]
    [InlineData(HttpStatusCode.InternalServerError, false, false)]
    [InlineData(HttpStatusCode.OK, false, false)]
    public void Post_StatusCodes_RetryOnlyWhatThePlatformSaysWasNotCarriedOut(HttpStatusCode status, bool slackRetries, bool discordRetries)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(slackRetries, Slack.ShouldRetry(Post(), Outcome.FromResult(response)));
        Assert.Equal(discordRetries, Discord.ShouldRetry(Post(), Outcome.FromResult(response)));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.NotImplemented, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    public void SafeToRepeat_StatusCodes(HttpStatusCode status, bool retried)
    {
        using var response = new HttpResponseMessage(status);
        using var edit = new HttpRequestMessage(HttpMethod.Patch, "https://discord.test/webhooks/1/tok/messages/@original");

        Assert.Equal(retried, Discord.ShouldRetry(edit, Outcome.FromResult(response)));
    }

    [Fact]
    public void UnknownRequest_IsTreatedAsAPost() =>
        Assert.False(Slack.ShouldRetry(null, Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));

    [Fact]
    public void NonPostMarkedNotIdempotent_IsTreatedAsAPost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "https://discord.test/x");
        request.Options.Set(HttpRetryRule.Idempotent, false);

        Assert.False(Discord.ShouldRetry(request, Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
    }

    [Fact]
    public void CancelledCall_IsNeverRetried()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.False(Discord.ShouldRetry(
            Post(), Outcome.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError, "refused")), cancelled.Token));
    }

    private static HttpRequestMessage Post() => new(HttpMethod.Post, "https://slack.test/api/chat.postMessage");

    private static HttpRequestMessage MarkedRead()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.test/api/auth.test");
        request.Options.Set(HttpRetryRule.Idempotent, true);
        return request;
    }
}
