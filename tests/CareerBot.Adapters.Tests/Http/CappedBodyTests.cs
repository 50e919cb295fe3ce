using System.Text;
using CareerBot.Adapters.Http;
using Microsoft.AspNetCore.Http;

namespace CareerBot.Adapters.Tests.Http;

public sealed class CappedBodyTests
{
    [Fact]
    public async Task BodyWithinTheCap_IsReadWhole_EvenWithoutAContentLength()
    {
        var text = new string('a', 10_000);

        var read = await CappedBody.ReadAsync(Request(text, contentLength: null), 64 * 1024, CancellationToken.None);

        Assert.Equal(text, Encoding.UTF8.GetString(read.Bytes!));
        Assert.False(read.TooLarge);
    }

    [Fact]
    public async Task BodyExactlyAtTheCap_IsRead()
    {
        var read = await CappedBody.ReadAsync(Request(new string('a', 100), contentLength: null), 100, CancellationToken.None);

        Assert.Equal(100, read.Bytes!.Length);
    }

    [Fact]
    public async Task ContentLengthOverTheCap_IsRefusedWith413_WithoutReading()
    {
        var request = Request("tiny", contentLength: 1_000_000);

        var read = await CappedBody.ReadAsync(request, 1024, CancellationToken.None);

        Assert.Null(read.Bytes);
        Assert.True(read.TooLarge);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, read.RefusedWith);
        Assert.Equal(0, request.Body.Position);
    }

    [Fact]
    public async Task BodyLongerThanItsContentLengthClaims_IsStillCapped()
    {
        var read = await CappedBody.ReadAsync(Request(new string('a', 5000), contentLength: null), 1024, CancellationToken.None);

        Assert.True(read.TooLarge);
    }

    [Fact]
    public async Task BodyThatKestrelGivesUpOn_IsRefusedWithKestrelsStatus()
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new FailingStream(new BadHttpRequestException("Request body too slow", StatusCodes.Status408RequestTimeout));

        var read = await CappedBody.ReadAsync(context.Request, 1024, CancellationToken.None);

        Assert.Null(read.Bytes);
        Assert.False(read.TooLarge);
        Assert.Equal(StatusCodes.Status408RequestTimeout, read.RefusedWith);
    }

    [Fact]
    public void VerifiedBody_IsATypedRequestFeature_AndItsAbsenceIsAnError()
    {
        var context = new DefaultHttpContext();
        Assert.Throws<InvalidOperationException>(() => VerifiedBody.Of(context));

        VerifiedBody.Set(context, "{}"u8.ToArray(), receivedAt: 42);

        var feature = context.Features.Get<IVerifiedBodyFeature>();
        Assert.NotNull(feature);
        Assert.Equal("{}", Encoding.UTF8.GetString(VerifiedBody.Of(context).Body.Span));
        Assert.Equal(42, VerifiedBody.Of(context).ReceivedAt);
        Assert.Empty(context.Items);
    }

    private static HttpRequest Request(string body, long? contentLength)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        context.Request.ContentLength = contentLength;
        return context.Request;
    }

    private sealed class FailingStream(Exception failure) : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(failure);
    }
}
