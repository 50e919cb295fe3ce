using Microsoft.AspNetCore.Http;

namespace CareerBot.Slack.Verification;

/// <summary>Reads a request body as raw bytes, refusing to read more than a cap.</summary>
internal static class RequestBodyReader
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = new byte[Math.Min(maxBytes + 1, (int?)request.ContentLength + 1 ?? 4096)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length > maxBytes)
                {
                    return null;
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxBytes + 1));
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > maxBytes)
            {
                return null;
            }
        }

        return buffer.AsSpan(0, length).ToArray();
    }
}
