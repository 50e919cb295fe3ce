using System.Net;
using System.Net.Sockets;
using CareerBot.Slack.WebApi;
using Polly;
using Polly.Timeout;

namespace CareerBot.Slack.Tests.WebApi;

public sealed class SlackRetryPolicyTests
{
    public static TheoryData<Exception> NeverReachedSlack => new()
    {
        new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:1)", new SocketException((int)SocketError.ConnectionRefused)),
        new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known"),
        new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)),
    };

    public static TheoryData<Exception> MayHaveReachedSlack => new()
    {
        new TimeoutRejectedException("attempt timed out"),
        new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."),
        new HttpRequestException("Error while copying content", new IOException("reset", new SocketException((int)SocketError.ConnectionReset))),
        new HttpRequestException(HttpRequestError.Unknown, "An error occurred while sending the request."),
    };

    [Theory]
    [MemberData(nameof(NeverReachedSlack))]
    public void Post_IsRetried_WhenTheRequestNeverReachedSlack(Exception failure) =>
        Assert.True(SlackRetryPolicy.ShouldRetry(Post(), Outcome.FromException<HttpResponseMessage>(failure)));

    [Theory]
    [MemberData(nameof(MayHaveReachedSlack))]
    public void Post_IsNotRetried_WhenSlackMayHaveActed(Exception failure) =>
        Assert.False(SlackRetryPolicy.ShouldRetry(Post(), Outcome.FromException<HttpResponseMessage>(failure)));

    [Theory]
    [MemberData(nameof(MayHaveReachedSlack))]
    [MemberData(nameof(NeverReachedSlack))]
    public void Read_IsRetried_AfterAnyTransientFailure(Exception failure) =>
        Assert.True(SlackRetryPolicy.ShouldRetry(Read(), Outcome.FromException<HttpResponseMessage>(failure)));

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.BadGateway, false)]
    [InlineData(HttpStatusCode.GatewayTimeout, false)]
    [InlineData(HttpStatusCode.RequestTimeout, false)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void Post_StatusCodes(HttpStatusCode status, bool retried)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(retried, SlackRetryPolicy.ShouldRetry(Post(), Outcome.FromResult(response)));
    }

    [Fact]
    public void RequestWithoutTheMark_IsTreatedAsAPost() =>
        Assert.False(SlackRetryPolicy.ShouldRetry(null, Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));

    private static HttpRequestMessage Post() => new(HttpMethod.Post, "https://slack.com/api/chat.postMessage");

    private static HttpRequestMessage Read()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/auth.test");
        request.Options.Set(SlackRetryPolicy.Idempotent, true);
        return request;
    }
}
