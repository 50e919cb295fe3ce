namespace CareerBot.Adapters.Http;

/// <summary>
/// The request feature a signature filter sets once the platform's signature over the raw body holds; endpoints read
/// the body only through it, so nothing parses a body that was not verified.
/// </summary>
public interface IVerifiedBodyFeature
{
    /// <summary>The raw body the signature was checked over.</summary>
    ReadOnlyMemory<byte> Body { get; }

    /// <summary>When the request arrived, from <see cref="TimeProvider.GetTimestamp"/> (deadlines count from it).</summary>
    long ReceivedAt { get; }
}
