using Microsoft.AspNetCore.Http;

namespace CareerBot.Adapters.Http;

/// <summary>
/// A request body read as raw bytes for a signature check, never more than a cap: either the bytes, or the status to
/// refuse the request with (413 past the cap; Kestrel's own status, such as 408 for a body that arrives too slowly).
/// </summary>
public readonly record struct CappedBody(byte[]? Bytes, int RefusedWith)
{
    /// <summary>True when the body was longer than the cap.</summary>
    public bool TooLarge => RefusedWith == StatusCodes.Status413PayloadTooLarge;

    /// <summary>Reads the whole body unless it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<CappedBody> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        if (request.ContentLength > maxBytes)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge);
        }

        try
        {
            var buffer = new byte[Math.Min(maxBytes + 1, (int?)request.ContentLength + 1 ?? 4096)];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxBytes + 1));
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    return new CappedBody(buffer.AsSpan(0, length).ToArray(), 0);
                }

                length += read;
                if (length > maxBytes)
                {
                    return Refused(StatusCodes.Status413PayloadTooLarge);
                }
            }
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's minimum body data rate (408) and the like: the client's problem, not an error of ours.
            return Refused(ex.StatusCode);
        }
    }

    private static CappedBody Refused(int status) => new(null, status);
}
