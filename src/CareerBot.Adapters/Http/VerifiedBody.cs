using Microsoft.AspNetCore.Http;

namespace CareerBot.Adapters.Http;

/// <summary>The <see cref="IVerifiedBodyFeature"/> both signature filters set.</summary>
public sealed class VerifiedBody(ReadOnlyMemory<byte> body, long receivedAt) : IVerifiedBodyFeature
{
    public ReadOnlyMemory<byte> Body { get; } = body;

    public long ReceivedAt { get; } = receivedAt;

    /// <summary>Marks the request verified.</summary>
    public static void Set(HttpContext context, ReadOnlyMemory<byte> body, long receivedAt)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Features.Set<IVerifiedBodyFeature>(new VerifiedBody(body, receivedAt));
    }

    /// <summary>The verified body; throws when the endpoint was mapped without its signature filter.</summary>
    public static IVerifiedBodyFeature Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IVerifiedBodyFeature>()
            ?? throw new InvalidOperationException("An endpoint that needs a verified body ran without its signature filter.");
    }
}
